using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Persistence.Instances;

/// <summary>
/// Lookups the SQLite instance store answers from indexed columns, beyond the runtime's
/// <see cref="IWorkflowInstanceQueries"/> (newest instance by correlation id, due timers): every instance of a
/// correlation id, and bookmarks by stimulus, so an event or a signal resumes only the instances waiting for it.
/// </summary>
public interface IWorkflowInstanceIndex : IWorkflowInstanceQueries
{
    /// <summary>Every instance with this correlation id (a PMO service's id), oldest first.</summary>
    Task<IReadOnlyList<WorkflowInstanceState>> ListByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks with this name and exactly this key (a null key matches bookmarks without one), oldest instance first.</summary>
    Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(string name, string? key, CancellationToken cancellationToken = default);
}
