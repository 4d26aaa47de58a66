using PmoFlow.Core.Audit;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>An <c>audit</c> row.</summary>
internal sealed class AuditRow
{
    public const string Columns = "id, at, actor, service_id AS ServiceId, action, details";

    public long Id { get; init; }
    public string At { get; init; } = "";
    public string Actor { get; init; } = "";
    public string? ServiceId { get; init; }
    public string Action { get; init; } = "";
    public string Details { get; init; } = "{}";

    public AuditEntry ToDomain() => new(Id, Db.ToTime(At), Actor, ServiceId, Action, Details);
}
