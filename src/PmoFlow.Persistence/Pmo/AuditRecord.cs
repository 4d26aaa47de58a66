using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>An audit entry ready to insert: its columns as they are stored.</summary>
internal sealed record AuditRecord(string At, string Actor, string? ServiceId, string Action, string Details)
{
    public static AuditRecord Of(DateTimeOffset at, string actor, string? serviceId, string action, object details) =>
        new(Db.Time(at), actor, serviceId, action, Db.ToJson(details));
}
