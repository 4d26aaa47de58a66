using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Core.Gates;
using PmoFlow.Hosting.Engine;
using PmoFlow.Hosting.Industry;
using PmoFlow.Hosting.Plugins.Pins;
using PmoFlow.Hosting.Plugins.Rules;
using PmoFlow.Plugins;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Leases;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Runtime;

namespace PmoFlow.Hosting.Plugins;

/// <summary>Wires the plugin host into PmoFlow: its activities, rule packs, industry profiles and pins.</summary>
internal static class PluginHostServiceCollectionExtensions
{
    /// <summary>
    /// The plugin host and the plugins' rule pack, kept in step (what <c>pmoflow plugins</c> needs; no store). Needs
    /// the rule pack services (<c>AddPmoFlowRulePacks</c>).
    /// </summary>
    public static IServiceCollection AddPmoFlowPluginRules(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(PluginRulesMarker))) return services;
        services.AddSingleton<PluginRulesMarker>();

        services.AddPmoFlowPlugins(configuration);
        services.TryAddSingleton<PluginRulePack>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRulePackProvider, PluginRulePack>(sp => sp.GetRequiredService<PluginRulePack>()));
        services.TryAddSingleton<PluginRuleSync>();
        services.Decorate<IPluginCatalog>((inner, sp) => new RuleSyncingPluginCatalog(inner, sp.GetRequiredService<PluginRuleSync>()));
        return services;
    }

    /// <summary>
    /// Everything the engine needs on top: plugin activities in the registry, instances pinned to their plugin
    /// versions, and gates evaluated under the industry profile the baseline selects. Call it after the runtime, the
    /// rule packs and the gate evaluators are registered: it decorates them.
    /// </summary>
    public static IServiceCollection AddPmoFlowPluginHost(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(PluginHostMarker))) return services;
        services.AddSingleton<PluginHostMarker>();

        services.AddPmoFlowPluginRules(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivitySource, PluginActivitySource>());

        services.TryAddSingleton<PluginUsage>();
        services.TryAddSingleton<PluginPinRestorer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupTask, PluginPinRestorer>(sp => sp.GetRequiredService<PluginPinRestorer>()));
        services.Decorate<IWorkflowRuntime>((inner, sp) => new PluginPinningRuntime(inner, sp.GetRequiredService<PluginUsage>(), sp.GetRequiredService<IPluginLeases>()));

        services.TryAddSingleton<IndustryProfiles>();
        services.TryAddSingleton<IIndustryProfiles>(sp => sp.GetRequiredService<IndustryProfiles>());
        services.Replace(ServiceDescriptor.Singleton<IRuleThresholdSource, IndustryRuleThresholds>());
        services.Decorate<IGateEvaluator>((inner, sp) => new IndustryGateEvaluator(inner, sp.GetRequiredService<IIndustryProfiles>(), sp.GetRequiredService<PluginRuleSync>()));
        return services;
    }

    private sealed class PluginRulesMarker;

    private sealed class PluginHostMarker;
}
