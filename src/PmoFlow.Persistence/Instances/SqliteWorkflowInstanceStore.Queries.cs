using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Persistence.Instances;

internal sealed partial class SqliteWorkflowInstanceStore
{
    private const string SelectBookmarks = $"SELECT {BookmarkRow.Columns} FROM workflow_bookmarks b JOIN workflow_instances i ON i.id = b.instance_id";

    public Task<WorkflowInstanceState?> FindByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        return db.ReadAsync(s =>
        {
            var json = s.QuerySingleOrDefault<byte[]>("SELECT CAST(state AS BLOB) FROM workflow_instances WHERE correlation_id = @CorrelationId ORDER BY seq DESC LIMIT 1",
                new { CorrelationId = correlationId });
            return json is null ? null : InstanceStateSerializer.Deserialize(json);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<WorkflowInstanceState>> ListByCorrelationIdAsync(string correlationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        return db.ReadAsync<IReadOnlyList<WorkflowInstanceState>>(
            s => s.Query<string>("SELECT state FROM workflow_instances WHERE correlation_id = @CorrelationId ORDER BY seq", new { CorrelationId = correlationId })
                .Select(InstanceStateSerializer.Deserialize).ToArray(),
            cancellationToken);
    }

    public Task<IReadOnlyList<DueBookmark>> ListDueBookmarksAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        // Text comparison is time comparison: every timestamp is UTC in the fixed-width round-trip format.
        return db.ReadAsync<IReadOnlyList<DueBookmark>>(
            s => s.Query<BookmarkRow>($"{SelectBookmarks} WHERE b.resume_at IS NOT NULL AND b.resume_at <= @Now ORDER BY b.resume_at, i.seq, b.bookmark_id LIMIT @Max",
                    new { Now = Db.Time(now), Max = max })
                .Select(r => r.ToDue()).ToArray(),
            cancellationToken);
    }

    public Task<IReadOnlyList<StoredBookmark>> FindBookmarksAsync(string name, string? key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return db.ReadAsync<IReadOnlyList<StoredBookmark>>(
            s => s.Query<BookmarkRow>($"{SelectBookmarks} WHERE b.name = @Name AND b.key IS @Key ORDER BY i.seq, b.bookmark_id", new { Name = name, Key = key })
                .Select(r => r.ToStored()).ToArray(),
            cancellationToken);
    }
}
