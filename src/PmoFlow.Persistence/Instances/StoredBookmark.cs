namespace PmoFlow.Persistence.Instances;

/// <summary>A bookmark as the instance store indexes it.</summary>
/// <param name="InstanceId">The instance waiting on it.</param>
/// <param name="BookmarkId">The bookmark, unique within the instance (what <c>IWorkflowHost.ResumeAsync</c> takes).</param>
/// <param name="Name">The kind of stimulus (usually the activity type).</param>
/// <param name="Key">The stimulus key, such as an event name.</param>
/// <param name="ResumeAt">For timers: when it is due.</param>
/// <param name="CorrelationId">The instance's correlation id, if any.</param>
public sealed record StoredBookmark(string InstanceId, string BookmarkId, string Name, string? Key, DateTimeOffset? ResumeAt, string? CorrelationId);
