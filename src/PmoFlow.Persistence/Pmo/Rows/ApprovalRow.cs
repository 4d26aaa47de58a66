using PmoFlow.Core.Approvals;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>An <c>approvals</c> row.</summary>
internal sealed class ApprovalRow
{
    public const string Columns = "id, service_id AS ServiceId, gate, role, status, requested_at AS RequestedAt, due_at AS DueAt, reminded_at AS RemindedAt, " +
        "escalated_at AS EscalatedAt, decided_by AS DecidedBy, decided_at AS DecidedAt, comment";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string Gate { get; init; } = "";
    public string Role { get; init; } = "";
    public string Status { get; init; } = "";
    public string RequestedAt { get; init; } = "";
    public string DueAt { get; init; } = "";
    public string? RemindedAt { get; init; }
    public string? EscalatedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecidedAt { get; init; }
    public string? Comment { get; init; }

    public Approval ToDomain() => new(Id, ServiceId, Gate, Role, Db.ToEnum<ApprovalStatus>(Status), Db.ToTime(RequestedAt), Db.ToTime(DueAt),
        Db.ToTimeOrNull(RemindedAt), Db.ToTimeOrNull(EscalatedAt), DecidedBy, Db.ToTimeOrNull(DecidedAt), Comment);
}
