using Microsoft.Extensions.DependencyInjection;

namespace PmoFlow.Abstractions.Plugins;

/// <summary>
/// The entry point of a plugin. The host creates one with its parameterless constructor (the class may be internal)
/// each time it loads the plugin, and gives the plugin a service container of its own.
/// </summary>
/// <remarks>
/// Besides what this interface returns, the host collects from the plugin's own assemblies: every non-abstract
/// <see cref="Activities.IActivity"/> class (registered as a singleton in the plugin's container, so it may take
/// constructor dependencies) for the designer palette and the runtime, and every <c>.csx</c> file embedded as a
/// resource, as a rule pack (see <see cref="PluginRuleSource"/>).
/// </remarks>
public interface IPmoFlowPlugin
{
    /// <summary>Who the plugin is; read once per load.</summary>
    PluginMetadata Metadata { get; }

    /// <summary>The industry profile the plugin brings, if any: KPIs, benefit categories, gate thresholds, controls, terminology.</summary>
    IndustryProfile? Profile => null;

    /// <summary>The wording reports use for this industry, if the plugin changes it.</summary>
    ReportWording? Wording => null;

    /// <summary>
    /// Registers the plugin's services in its own container. The container already holds the plugin's activities,
    /// this plugin instance, and what the host shares: <see cref="TimeProvider"/>, <c>ILoggerFactory</c> and
    /// <c>ILogger&lt;T&gt;</c>. The host builds it with scope and build-time validation, so a missing
    /// dependency fails the load rather than the first call.
    /// </summary>
    /// <param name="services">The plugin's service collection.</param>
    void ConfigureServices(IServiceCollection services)
    {
    }
}
