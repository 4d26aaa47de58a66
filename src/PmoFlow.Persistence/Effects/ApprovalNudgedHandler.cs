using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Stamps a reminder or an escalation on a pending approval.</summary>
internal sealed class ApprovalNudgedHandler : IEffectHandler
{
    public string Type => PmoEffects.ApprovalNudgedType;

    public void Apply(EffectSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.ApprovalNudged>(data, Type);
        var param = new { e.ApprovalId, e.ServiceId, At = Db.Time(e.At), e.EscalatedTo };
        var updated = e.Escalated
            ? session.Db.Execute("UPDATE approvals SET escalated_at = @At, escalated_to = @EscalatedTo WHERE id = @ApprovalId AND service_id = @ServiceId", param)
            : session.Db.Execute("UPDATE approvals SET reminded_at = @At WHERE id = @ApprovalId AND service_id = @ServiceId", param);
        if (updated == 0)
            throw new PmoDataException("approvalId", $"No approval '{e.ApprovalId}' for service '{e.ServiceId}'.", isNotFound: true);
        session.Audit(e.At, e.ServiceId, e.Escalated ? "approval.escalated" : "approval.reminded", e);
    }
}
