using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Instances;

/// <summary>Where instance state is kept between runs.</summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Saves (inserts or replaces) an instance.</summary>
    Task SaveAsync(WorkflowInstanceState state, CancellationToken cancellationToken = default);

    /// <summary>Loads an instance, or null.</summary>
    Task<WorkflowInstanceState?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Every instance, oldest first.</summary>
    Task<IReadOnlyList<WorkflowInstanceState>> ListAsync(CancellationToken cancellationToken = default);
}
