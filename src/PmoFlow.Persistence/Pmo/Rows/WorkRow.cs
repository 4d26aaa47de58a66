using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>pending_work</c> row.</summary>
internal sealed class WorkRow
{
    public const string Columns = "id, service_id AS ServiceId, reason, created_at AS CreatedAt";

    public long Id { get; init; }
    public string ServiceId { get; init; } = "";
    public string Reason { get; init; } = "";
    public string CreatedAt { get; init; } = "";

    public PendingWork ToDomain() => new(Id, ServiceId, Reason, Db.ToTime(CreatedAt));
}
