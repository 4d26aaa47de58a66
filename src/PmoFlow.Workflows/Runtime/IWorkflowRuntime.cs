using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime;

/// <summary>Starts and resumes workflow instances. Stateless: the caller keeps the instance state.</summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance of <paramref name="definition"/> and runs it until it finishes, faults or suspends.</summary>
    Task<WorkflowInstanceState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes a suspended instance at one of its bookmarks and runs it until it finishes, faults or suspends
    /// again. The definition version is looked up by the id the instance is pinned to.
    /// </summary>
    Task<WorkflowInstanceState> ResumeAsync(WorkflowInstanceState state, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, TextWriter? output = null, CancellationToken cancellationToken = default);
}
