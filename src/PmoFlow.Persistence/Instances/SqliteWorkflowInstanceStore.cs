using Microsoft.Extensions.Logging;
using PmoFlow.Persistence.Effects;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Persistence.Instances;

/// <summary>
/// Instance state as JSON (<see cref="InstanceStateSerializer"/>) with the queried fields in columns and the
/// bookmarks in their own table. A save is one transaction: the instance's effects, the state, the bookmarks.
/// </summary>
/// <remarks>
/// The state travels as UTF-8, SQLite's own text encoding: it is bound as bytes and stored as text with
/// <c>CAST(@State AS TEXT)</c>, and read back with <c>CAST(state AS BLOB)</c>, which hand the same bytes over as they
/// are. A string in between would be transcoded twice each way (the serializer and the driver both work in UTF-8).
/// </remarks>
internal sealed partial class SqliteWorkflowInstanceStore(SqliteDatabase db, EffectApplier effects, TimeProvider clock, ILogger<SqliteWorkflowInstanceStore> logger)
    : IWorkflowInstanceStore, IWorkflowInstanceIndex
{
    private const string Upsert =
        "INSERT INTO workflow_instances (id, definition_id, definition_version_id, version, status, correlation_id, parent_instance_id, state, created_at, updated_at) " +
        "VALUES (@Id, @DefinitionId, @DefinitionVersionId, @Version, @Status, @CorrelationId, @ParentInstanceId, CAST(@State AS TEXT), @CreatedAt, @UpdatedAt) " +
        "ON CONFLICT(id) DO UPDATE SET definition_id = excluded.definition_id, definition_version_id = excluded.definition_version_id, version = excluded.version, " +
        "status = excluded.status, correlation_id = excluded.correlation_id, parent_instance_id = excluded.parent_instance_id, state = excluded.state, updated_at = excluded.updated_at";

    private const string InsertBookmark =
        "INSERT INTO workflow_bookmarks (instance_id, bookmark_id, name, key, resume_at) VALUES (@InstanceId, @BookmarkId, @Name, @Key, @ResumeAt)";

    public async Task SaveAsync(WorkflowInstanceState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var pending = state.PendingEffects;
        var json = SerializeWithoutEffects(state);
        await db.WriteAsync(s =>
        {
            // Effects first: if one fails (a duplicate transition), nothing of this save is written.
            effects.Apply(s, pending);
            s.Execute(Upsert, new
            {
                Id = state.InstanceId, state.DefinitionId, state.DefinitionVersionId, Version = state.DefinitionVersion, Status = state.Status.ToString(),
                state.CorrelationId, state.ParentInstanceId, State = json, CreatedAt = Db.Time(state.CreatedAt), UpdatedAt = Db.Time(clock.GetUtcNow()),
            });
            s.Execute("DELETE FROM workflow_bookmarks WHERE instance_id = @Id", new { Id = state.InstanceId });
            if (state.Bookmarks.Count > 0)
                s.Execute(InsertBookmark, state.Bookmarks.Select(b => new { InstanceId = state.InstanceId, BookmarkId = b.Id, b.Name, b.Key, ResumeAt = Db.Time(b.ResumeAt) }));
        }, cancellationToken).ConfigureAwait(false);
        // Committed: clear, so saving the same state again cannot apply them twice. On failure they stay, for the caller to see.
        var count = pending.Count;
        pending.Clear();
        logger.InstanceCommitted(state.InstanceId, count);
    }

    public Task<WorkflowInstanceState?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(s =>
        {
            var json = s.QuerySingleOrDefault<byte[]>("SELECT CAST(state AS BLOB) FROM workflow_instances WHERE id = @Id", new { Id = instanceId });
            return json is null ? null : InstanceStateSerializer.Deserialize(json);
        }, cancellationToken);

    public Task<IReadOnlyList<WorkflowInstanceState>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<WorkflowInstanceState>>(
            s => s.Query<string>("SELECT state FROM workflow_instances ORDER BY seq").Select(InstanceStateSerializer.Deserialize).ToArray(), cancellationToken);

    /// <summary>The stored JSON never holds effects: once committed they are history, kept in the PMO tables and the audit trail.</summary>
    private static byte[] SerializeWithoutEffects(WorkflowInstanceState state)
    {
        var pending = state.PendingEffects;
        if (pending.Count == 0) return InstanceStateSerializer.SerializeToUtf8(state);
        state.PendingEffects = [];
        try
        {
            return InstanceStateSerializer.SerializeToUtf8(state);
        }
        finally
        {
            state.PendingEffects = pending;
        }
    }
}
