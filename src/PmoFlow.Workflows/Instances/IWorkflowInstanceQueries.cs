namespace PmoFlow.Workflows.Instances;

/// <summary>The lookups an engine needs without loading every instance: by correlation id, and due timer bookmarks.</summary>
public interface IWorkflowInstanceQueries
{
    /// <summary>The newest instance with this correlation id, or null.</summary>
    Task<Runtime.State.WorkflowInstanceState?> FindByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks whose <c>ResumeAt</c> is at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<DueBookmark>> ListDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);
}

/// <summary>A timer bookmark that is due.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="BookmarkId">The bookmark.</param>
/// <param name="CorrelationId">The instance's correlation id, if any.</param>
/// <param name="ResumeAt">When it was due.</param>
public sealed record DueBookmark(string InstanceId, string BookmarkId, string? CorrelationId, DateTimeOffset ResumeAt);
