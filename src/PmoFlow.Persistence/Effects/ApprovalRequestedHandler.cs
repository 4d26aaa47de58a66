using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Stores the pending approval. The service must exist: the foreign key checks it, no extra read.</summary>
internal sealed class ApprovalRequestedHandler : IEffectHandler
{
    public string Type => PmoEffects.ApprovalRequestedType;

    public void Apply(EffectSession session, JsonObject data)
    {
        var a = EffectData.Property<Approval>(data, "approval", Type);
        try
        {
            session.Db.Execute(
                "INSERT INTO approvals (id, service_id, gate, role, status, requested_at, due_at, reminded_at, escalated_at, decided_by, decided_at, comment) " +
                "VALUES (@Id, @ServiceId, @Gate, @Role, @Status, @RequestedAt, @DueAt, @RemindedAt, @EscalatedAt, @DecidedBy, @DecidedAt, @Comment)",
                new
                {
                    a.Id, a.ServiceId, a.Gate, a.Role, Status = a.Status.ToString(), RequestedAt = Db.Time(a.RequestedAt), DueAt = Db.Time(a.DueAt),
                    RemindedAt = Db.Time(a.RemindedAt), EscalatedAt = Db.Time(a.EscalatedAt), a.DecidedBy, DecidedAt = Db.Time(a.DecidedAt), a.Comment,
                });
        }
        catch (SqliteException ex) when (SqliteErrors.IsDuplicate(ex))
        {
            throw new InvalidOperationException($"Approval '{a.Id}' was already requested: the transition was processed twice.", ex);
        }
        catch (SqliteException ex) when (SqliteErrors.IsMissingParent(ex))
        {
            throw new PmoDataException("serviceId", $"No service '{a.ServiceId}'.", isNotFound: true);
        }
        session.Audit(a.RequestedAt, a.ServiceId, "approval.requested", a);
    }
}
