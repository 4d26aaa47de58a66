using PmoFlow.Core.Audit;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo.Rows;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    /// <summary>Two statements rather than <c>@Id IS NULL OR service_id = @Id</c>, which SQLite cannot answer from the index.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<AuditEntry>>(
            s => (serviceId is null
                    ? s.Query<AuditRow>($"SELECT {AuditRow.Columns} FROM audit ORDER BY id")
                    : s.Query<AuditRow>($"SELECT {AuditRow.Columns} FROM audit WHERE service_id = @Id ORDER BY id", new { Id = serviceId }))
                .Select(r => r.ToDomain()).ToArray(),
            cancellationToken);

    public Task<IReadOnlyList<PendingWork>> ListPendingWorkAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return db.ReadAsync<IReadOnlyList<PendingWork>>(
            s => s.Query<WorkRow>($"SELECT {WorkRow.Columns} FROM pending_work ORDER BY id LIMIT @Max", new { Max = max }).Select(r => r.ToDomain()).ToArray(),
            cancellationToken);
    }

    public Task<IReadOnlyList<PendingWork>> ListPendingWorkAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<PendingWork>>(
            s => s.Query<WorkRow>($"SELECT {WorkRow.Columns} FROM pending_work WHERE service_id = @Id ORDER BY id", new { Id = serviceId }).Select(r => r.ToDomain()).ToArray(),
            cancellationToken);

    /// <summary>Queue bookkeeping, not PMO data, so no audit entry: the pending-work row is its own record.</summary>
    public Task QueueWorkAsync(string serviceId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return db.WriteAsync(s =>
        {
            Guards.RequireService(s, serviceId);
            WorkQueue.Enqueue(s, serviceId, reason, clock.GetUtcNow());
        }, cancellationToken);
    }

    public Task CompleteWorkAsync(long workId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(s =>
        {
            if (s.Execute("DELETE FROM pending_work WHERE id = @Id", new { Id = workId }) == 0)
                throw new PmoDataException("workId", $"No pending work item {workId}.", isNotFound: true);
        }, cancellationToken);
}
