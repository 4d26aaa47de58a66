using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>
/// Queues gate re-evaluations inside the caller's transaction. Every change adds its own row, never merged into
/// an existing one: the engine deletes the items it consumed, and a change that arrived while it was evaluating
/// must survive that delete.
/// </summary>
internal static class WorkQueue
{
    public static void Enqueue(DbSession session, string serviceId, string reason, DateTimeOffset at) =>
        session.Execute("INSERT INTO pending_work (service_id, reason, created_at) VALUES (@ServiceId, @Reason, @At)",
            new { ServiceId = serviceId, Reason = reason, At = Db.Time(at) });

    /// <summary>For changes every gate may read (charter, baseline, thresholds).</summary>
    public static void EnqueueAll(DbSession session, string reason, DateTimeOffset at) =>
        session.Execute("INSERT INTO pending_work (service_id, reason, created_at) SELECT id, @Reason, @At FROM services ORDER BY id",
            new { Reason = reason, At = Db.Time(at) });
}
