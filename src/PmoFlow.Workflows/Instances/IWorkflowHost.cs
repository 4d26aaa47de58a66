using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Instances;

/// <summary>Runs instances and keeps them: starts, resumes bookmarks, delivers events and due timers, runs child workflows.</summary>
public interface IWorkflowHost
{
    /// <summary>Starts an instance of a stored definition (published version unless told otherwise).</summary>
    Task<WorkflowInstanceState> StartAsync(string definitionId, StartWorkflowOptions? options = null, VersionOptions? version = null, CancellationToken cancellationToken = default);

    /// <summary>Starts an instance of the given definition version.</summary>
    Task<WorkflowInstanceState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes an instance at a bookmark.</summary>
    Task<WorkflowInstanceState> ResumeAsync(string instanceId, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, TextWriter? output = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes every instance waiting on the named event (<c>Elsa.Event</c>). Returns how many resumed.</summary>
    Task<int> PublishEventAsync(string eventName, IReadOnlyDictionary<string, object?>? input = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes every timer bookmark due by the host's clock. Returns how many resumed.</summary>
    Task<int> ResumeDueTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an instance the way Elsa's test harness does: start it, then keep resuming every bookmark it and its
    /// child instances create, with the same input, until it finishes or nothing is left to resume.
    /// </summary>
    Task<WorkflowInstanceState> RunToEndAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Loads an instance.</summary>
    Task<WorkflowInstanceState?> FindAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Every instance.</summary>
    Task<IReadOnlyList<WorkflowInstanceState>> ListAsync(CancellationToken cancellationToken = default);
}
