using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Stamps a reminder or an escalation on a pending approval.</summary>
internal sealed class ApprovalNudgedHandler : IEffectHandler
{
    public string Type => PmoEffects.ApprovalNudgedType;

    public void Apply(DbSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.ApprovalNudged>(data, Type);
        var param = new { e.ApprovalId, e.ServiceId, At = Db.Time(e.At), e.EscalatedTo };
        var updated = e.Escalated
            ? session.Execute("UPDATE approvals SET escalated_at = @At, escalated_to = @EscalatedTo WHERE id = @ApprovalId AND service_id = @ServiceId", param)
            : session.Execute("UPDATE approvals SET reminded_at = @At WHERE id = @ApprovalId AND service_id = @ServiceId", param);
        if (updated == 0)
            throw new PmoDataException("approvalId", $"No approval '{e.ApprovalId}' for service '{e.ServiceId}'.", isNotFound: true);
        AuditLog.Append(session, e.At, AuditLog.EngineActor, e.ServiceId, e.Escalated ? "approval.escalated" : "approval.reminded", e);
    }
}
