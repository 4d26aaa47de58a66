using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Definitions;
using PmoFlow.Persistence.Effects;
using PmoFlow.Persistence.Instances;
using PmoFlow.Persistence.Keys;
using PmoFlow.Persistence.Migrations;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Rules;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;

namespace PmoFlow.Persistence;

/// <summary>Picks SQLite as PmoFlow's store.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Stores PMO data, workflow instances, workflow definitions and API keys in one SQLite file (options in
    /// <c>PmoFlow:Storage</c>, validated at start), replacing the in-memory stores <c>AddPmoFlowWorkflows()</c>
    /// registers, whichever is called first. Registers a hosted service, placed before every other, that applies the
    /// migrations when the host starts; the stores also migrate on first use, so a tool that never starts the host
    /// still gets its schema. Safe to call more than once.
    /// </summary>
    public static IServiceCollection UseSqlite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SqliteOptions>().Bind(configuration.GetSection(SqliteOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteOptions>, SqliteOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<SqliteMigrator>();
        services.TryAddSingleton<SqliteConnectionPool>();
        services.TryAddSingleton<SqliteDatabase>();
        services.RemoveAll<IStoreTransactions>();
        services.AddSingleton<IStoreTransactions>(sp => sp.GetRequiredService<SqliteDatabase>());

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, StepEnteredHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, GateEvaluatedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, ApprovalRequestedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, ApprovalNudgedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, SurveyOpenedHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEffectHandler, WorkDoneHandler>());
        services.TryAddSingleton<EffectApplier>();

        services.TryAddSingleton<SqliteWorkflowInstanceStore>();
        services.RemoveAll<IWorkflowInstanceStore>();
        services.AddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<SqliteWorkflowInstanceStore>());
        services.RemoveAll<IWorkflowInstanceQueries>();
        services.AddSingleton<IWorkflowInstanceQueries>(sp => sp.GetRequiredService<SqliteWorkflowInstanceStore>());
        services.RemoveAll<IWorkflowInstanceIndex>();
        services.AddSingleton<IWorkflowInstanceIndex>(sp => sp.GetRequiredService<SqliteWorkflowInstanceStore>());

        services.TryAddSingleton<SqliteWorkflowDefinitionStore>();
        services.RemoveAll<IWorkflowDefinitionStore>();
        services.AddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<SqliteWorkflowDefinitionStore>());
        services.RemoveAll<IWorkflowDefinitionProvider>();
        services.AddSingleton<IWorkflowDefinitionProvider>(sp => sp.GetRequiredService<SqliteWorkflowDefinitionStore>());

        services.RemoveAll<IPmoStore>();
        services.AddSingleton<IPmoStore, SqlitePmoStore>();
        services.TryAddSingleton<IApiKeyStore, SqliteApiKeyStore>();
        services.TryAddSingleton<IRulePackArchive, SqliteRulePackArchive>();
        services.TryAddSingleton<IGateEvaluationReader, SqliteGateEvaluationReader>();

        // Hosted services start in registration order: first, so nothing runs against an old or a newer schema.
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SqliteMigrationService)))
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, SqliteMigrationService>());
        return services;
    }
}
