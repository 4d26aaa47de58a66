using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoFlow.Core;
using PmoFlow.Hosting.Demo;
using PmoFlow.Hosting.Engine;
using PmoFlow.Hosting.Plugins;
using PmoFlow.Hosting.Plugins.Pins;
using PmoFlow.Hosting.Plugins.Rules;
using PmoFlow.Hosting.Rules;
using PmoFlow.Hosting.WarmUp;
using PmoFlow.Persistence;
using PmoFlow.Persistence.Migrations;
using PmoFlow.Plugins;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Scripting;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Workflows;

namespace PmoFlow.Hosting;

/// <summary>The one composition root the server and the CLI share.</summary>
public static class PmoFlowServiceCollectionExtensions
{
    /// <summary>
    /// Adds PmoFlow to a host: the workflow runtime and expression evaluators, the governance rule packs (loaded and
    /// watched at start) ahead of the PMO domain's built-in gates, the SQLite store (migrated at start), the plugin
    /// host (plugins loaded and their folder watched at start, before the engine), the flywheel engine with its
    /// background loop, and the demo seed.
    /// </summary>
    public static IHostApplicationBuilder AddPmoFlow(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPmoFlow(builder.Configuration);
        builder.Services.AddPmoFlowDemo(builder.Configuration);
        // The plugins' hosted service (AddPmoFlowPlugins) starts first; this one then follows their changes into the rule packs.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PluginRuleSync>());
        builder.Services.AddHostedService<ScriptingWarmUpService>();
        builder.Services.AddHostedService<RulePackService>();
        builder.Services.AddHostedService<PmoEngineService>();
        return builder;
    }

    /// <summary>
    /// Adds PmoFlow's services without background services, for tools that run one command and exit (the plugin
    /// host's hosted service is registered but only a host starts it). Call <see cref="StartPmoFlowAsync"/> before use.
    /// </summary>
    public static IServiceCollection AddPmoFlow(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPmoFlowRuntime(configuration);
        // Rule packs before the built-in rules: the gate activity takes the first evaluator that handles a gate.
        services.AddPmoFlowRulePacks(configuration);
        services.TryAddSingleton<IRuleAdmin, RuleAdmin>();
        services.AddPmoFlowCore();
        services.UseSqlite(configuration);
        services.AddOptions<PmoEngineOptions>()
            .Bind(configuration.GetSection(PmoEngineOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.BatchSize > 0 && !string.IsNullOrWhiteSpace(o.FlywheelDefinitionId),
                $"{PmoEngineOptions.SectionName}: PollInterval and BatchSize must be positive and FlywheelDefinitionId set.")
            .ValidateOnStart();
        services.TryAddSingleton<PmoEngine>();
        services.TryAddSingleton<IPmoEngine>(sp => sp.GetRequiredService<PmoEngine>());
        services.TryAddSingleton<FlywheelInstaller>();
        // Last: it decorates the runtime and the gate evaluators registered above.
        services.AddPmoFlowPluginHost(configuration);
        return services;
    }

    /// <summary>
    /// The plugin host (<see cref="IPluginCatalog"/>) with the rule packs its plugins' rules join, and no store: what
    /// <c>pmoflow plugins</c> loads into its own process to show real states and errors.
    /// </summary>
    public static IServiceCollection AddPmoFlowPluginAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPmoFlowRulePacks(configuration);
        services.AddPmoFlowPluginRules(configuration);
        return services;
    }

    /// <summary>The Elsa-compatible runtime and expression evaluators alone, with in-memory stores (pmoflow run, validate).</summary>
    public static IServiceCollection AddPmoFlowRuntime(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPmoFlowWorkflows();
        services.AddPmoFlowScripting(configuration);
        return services;
    }

    /// <summary>
    /// What a host's start does, for tools without one: migrate the database, install the flywheel, load the plugins
    /// (unless <c>PmoFlow:Plugins:LoadOnStart</c> is off) and the rule packs (so their errors show now, not at the
    /// first gate), and pin the running instances to their plugins. Hosts (the server) do this through their hosted
    /// services instead.
    /// </summary>
    public static async Task StartPmoFlowAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<SqliteMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<FlywheelInstaller>().EnsureAsync(cancellationToken).ConfigureAwait(false);
        if (services.GetRequiredService<IOptions<PluginOptions>>().Value.LoadOnStart)
            await services.GetRequiredService<IPluginCatalog>().LoadAllAsync(cancellationToken).ConfigureAwait(false);
        services.GetService<RulePackRegistry>()?.EnsureLoaded();
        await services.GetRequiredService<PluginPinRestorer>().RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
