using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Moves the service and writes its history row. A second entry into the same step in the same turn is a transition processed twice, and fails.</summary>
internal sealed class StepEnteredHandler : IEffectHandler
{
    public string Type => PmoEffects.StepEnteredType;

    public void Apply(EffectSession session, JsonObject data)
    {
        var e = EffectData.Read<PmoEffects.StepEntered>(data, Type);
        // Optimistic: the service must still be in the step the transition leaves, or someone else moved it first.
        if (session.Db.Execute("UPDATE services SET step = @To, turn = @Turn, step_entered_at = @At WHERE id = @ServiceId AND (@From IS NULL OR step = @From)",
                new { To = (int)e.To, From = (int?)e.From, e.Turn, At = Db.Time(e.At), e.ServiceId }) == 0)
        {
            var current = session.Db.QuerySingleOrDefault<long?>("SELECT step FROM services WHERE id = @ServiceId", new { e.ServiceId })
                ?? throw new PmoDataException("serviceId", $"No service '{e.ServiceId}'.", isNotFound: true);
            throw new InvalidOperationException(
                $"Service '{e.ServiceId}' is in {(FlywheelStep)current}, not {e.From}: the transition to {e.To} is stale. Nothing of this save was committed.");
        }
        try
        {
            session.Db.Execute(
                "INSERT INTO step_transitions (service_id, turn, from_step, to_step, at, gate_evaluation_id, waiver_id) " +
                "VALUES (@ServiceId, @Turn, @From, @To, @At, @GateEvaluationId, @WaiverId)",
                new { e.ServiceId, e.Turn, From = (int?)e.From, To = (int)e.To, At = Db.Time(e.At), e.GateEvaluationId, e.WaiverId });
        }
        catch (SqliteException ex) when (SqliteErrors.IsDuplicate(ex))
        {
            throw new InvalidOperationException(
                $"Service '{e.ServiceId}' already entered {e.To} in turn {e.Turn}: the transition was processed twice. Nothing of this save was committed.", ex);
        }
        session.Audit(e.At, e.ServiceId, "step.entered", e);
    }
}
