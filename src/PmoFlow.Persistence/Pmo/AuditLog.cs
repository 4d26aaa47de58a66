using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>Appends to the audit trail inside the caller's transaction, so an entry exists exactly when its change does.</summary>
internal static class AuditLog
{
    public const string EngineActor = "engine";

    public static void Append(DbSession session, DateTimeOffset at, string actor, string? serviceId, string action, object details) =>
        session.Execute("INSERT INTO audit (at, actor, service_id, action, details) VALUES (@At, @Actor, @ServiceId, @Action, @Details)",
            new { At = Db.Time(at), Actor = actor, ServiceId = serviceId, Action = action, Details = Db.ToJson(details) });
}
