using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Instances;

namespace PmoFlow.Persistence.Instances;

/// <summary>A <c>workflow_bookmarks</c> row with its instance's correlation id.</summary>
internal sealed class BookmarkRow
{
    public const string Columns = "b.instance_id AS InstanceId, b.bookmark_id AS BookmarkId, b.name, b.key, b.resume_at AS ResumeAt, i.correlation_id AS CorrelationId";

    public string InstanceId { get; init; } = "";
    public string BookmarkId { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Key { get; init; }
    public string? ResumeAt { get; init; }
    public string? CorrelationId { get; init; }

    public StoredBookmark ToStored() => new(InstanceId, BookmarkId, Name, Key, Db.ToTimeOrNull(ResumeAt), CorrelationId);

    public DueBookmark ToDue() => new(InstanceId, BookmarkId, CorrelationId, Db.ToTime(ResumeAt!));
}
