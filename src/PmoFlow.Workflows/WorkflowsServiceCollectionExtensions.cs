using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.Expressions;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows;

/// <summary>Registers the Elsa-compatible workflow runtime.</summary>
public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime, the built-in activities (found by scanning this assembly), the definition store and
    /// service, the validator and the in-memory instance host. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(WorkflowsMarker))) return services;
        services.AddSingleton<WorkflowsMarker>();

        services.TryAddSingleton(TimeProvider.System);
        services.Scan(scan => scan
            .FromAssemblies(typeof(WorkflowsServiceCollectionExtensions).Assembly)
            .AddClasses(c => c.AssignableTo<IActivity>().Where(t => t.GetConstructor(Type.EmptyTypes) is not null), publicOnly: false)
            .As<IActivity>()
            .WithSingletonLifetime());

        services.TryAddSingleton<InMemoryWorkflowDefinitionStore>();
        services.TryAddSingleton<IWorkflowDefinitionStore>(sp => sp.GetRequiredService<InMemoryWorkflowDefinitionStore>());
        services.TryAddSingleton<IWorkflowDefinitionProvider>(sp => sp.GetRequiredService<IWorkflowDefinitionStore>());
        services.TryAddSingleton<IActivityRegistry, ActivityRegistry>();
        services.TryAddSingleton<IWorkflowValidator, WorkflowValidator>();
        services.TryAddSingleton<IWorkflowDefinitionService, WorkflowDefinitionService>();
        services.TryAddSingleton<InputEvaluator>();
        services.TryAddSingleton<IWorkflowRuntime, WorkflowEngine>();
        services.TryAddSingleton<InMemoryWorkflowInstanceStore>();
        services.TryAddSingleton<IWorkflowInstanceStore>(sp => sp.GetRequiredService<InMemoryWorkflowInstanceStore>());
        services.TryAddSingleton<IWorkflowInstanceQueries>(sp => sp.GetRequiredService<InMemoryWorkflowInstanceStore>());
        services.TryAddSingleton(new WorkflowOutput(Console.Out));
        services.TryAddSingleton<WorkflowHost>();
        services.TryAddSingleton<IWorkflowHost>(sp => sp.GetRequiredService<WorkflowHost>());
        services.TryAddSingleton<IChildWorkflowStarter>(sp => sp.GetRequiredService<WorkflowHost>());
        return services;
    }

    private sealed class WorkflowsMarker;
}
