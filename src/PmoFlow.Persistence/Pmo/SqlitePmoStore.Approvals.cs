using PmoFlow.Core.Approvals;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Waivers;
using PmoFlow.Persistence.Pmo.Rows;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

internal sealed partial class SqlitePmoStore
{
    private const string SelectApproval = $"SELECT {ApprovalRow.Columns} FROM approvals";

    public Task<IReadOnlyList<Approval>> ListApprovalsAsync(ApprovalFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Roles compare case-insensitively, as the charter's decision rights do.
        return db.ReadAsync<IReadOnlyList<Approval>>(
            s => s.Query<ApprovalRow>(
                    $"{SelectApproval} WHERE (@ServiceId IS NULL OR service_id = @ServiceId) AND (@Role IS NULL OR role = @Role COLLATE NOCASE) " +
                    "AND (@Status IS NULL OR status = @Status) ORDER BY requested_at DESC, seq DESC",
                    new { filter.ServiceId, filter.Role, Status = filter.Status?.ToString() })
                .Select(r => r.ToDomain()).ToArray(),
            cancellationToken);
    }

    public Task<Approval?> FindApprovalAsync(string approvalId, CancellationToken cancellationToken = default) =>
        db.ReadAsync(s => ReadApproval(s, approvalId), cancellationToken);

    public Task DecideApprovalAsync(string approvalId, ApprovalStatus decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decidedBy);
        if (decision is not (ApprovalStatus.Approved or ApprovalStatus.Rejected))
            throw new PmoDataException("decision", $"A decision is Approved or Rejected (was {decision}).");
        return db.WriteAsync(s =>
        {
            var approval = ReadApproval(s, approvalId) ?? throw new PmoDataException("approvalId", $"No approval '{approvalId}'.", isNotFound: true);
            if (approval.Status != ApprovalStatus.Pending)
                throw new PmoDataException("approvalId", $"Approval '{approvalId}' was already {approval.Status.ToString().ToLowerInvariant()} by {approval.DecidedBy} at {approval.DecidedAt:O}.");
            var now = clock.GetUtcNow();
            s.Execute("UPDATE approvals SET status = @Status, decided_by = @By, decided_at = @At, comment = @Comment WHERE id = @Id AND status = 'Pending'",
                new { Id = approvalId, Status = decision.ToString(), By = decidedBy, At = Db.Time(at), Comment = comment });
            AuditLog.Append(s, now, decidedBy, approval.ServiceId, "approval.decided", new { approvalId, approval.Gate, approval.Role, decision, comment, at });
            WorkQueue.Enqueue(s, approval.ServiceId, "approval.decided", now);
        }, cancellationToken);
    }

    public Task AddWaiverAsync(Waiver waiver, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(waiver);
        ArgumentException.ThrowIfNullOrWhiteSpace(waiver.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(waiver.GrantedBy);
        if (waiver.Until < waiver.GrantedAt) throw new PmoDataException("until", "A waiver cannot end before it is granted.");
        return db.WriteAsync(s =>
        {
            Guards.RequireService(s, waiver.ServiceId);
            var now = clock.GetUtcNow();
            Guards.Insert(s,
                "INSERT INTO waivers (id, service_id, gate, granted_by, role, reason, granted_at, until) VALUES (@Id, @ServiceId, @Gate, @GrantedBy, @Role, @Reason, @GrantedAt, @Until)",
                new { waiver.Id, waiver.ServiceId, waiver.Gate, waiver.GrantedBy, waiver.Role, waiver.Reason, GrantedAt = Db.Time(waiver.GrantedAt), Until = Db.Time(waiver.Until) },
                "Waiver", waiver.Id);
            AuditLog.Append(s, now, waiver.GrantedBy, waiver.ServiceId, "waiver.granted", waiver);
            WorkQueue.Enqueue(s, waiver.ServiceId, "waiver.granted", now);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Waiver>> ListWaiversAsync(string serviceId, CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<Waiver>>(s =>
        {
            Guards.RequireService(s, serviceId);
            return ReadWaivers(s, serviceId);
        }, cancellationToken);

    private static Approval? ReadApproval(DbSession session, string approvalId) =>
        session.QuerySingleOrDefault<ApprovalRow>($"{SelectApproval} WHERE id = @Id", new { Id = approvalId })?.ToDomain();

    private static Approval[] ToApprovals(List<ApprovalRow> rows) => rows.Select(r => r.ToDomain()).ToArray();

    private static Waiver[] ReadWaivers(DbSession session, string serviceId) =>
        ToWaivers(session.Query<WaiverRow>($"SELECT {WaiverRow.Columns} FROM waivers WHERE service_id = @Id ORDER BY granted_at, seq", new { Id = serviceId }));

    private static Waiver[] ToWaivers(List<WaiverRow> rows) => rows.Select(r => r.ToDomain()).ToArray();
}
