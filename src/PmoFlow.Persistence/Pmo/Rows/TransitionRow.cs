using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Services;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>step_transitions</c> row.</summary>
internal sealed class TransitionRow
{
    public const string Columns = "service_id AS ServiceId, turn, from_step AS FromStep, to_step AS ToStep, at, gate_evaluation_id AS GateEvaluationId, waiver_id AS WaiverId";

    public string ServiceId { get; init; } = "";
    public int Turn { get; init; }
    public int? FromStep { get; init; }
    public int ToStep { get; init; }
    public string At { get; init; } = "";
    public string? GateEvaluationId { get; init; }
    public string? WaiverId { get; init; }

    public StepTransition ToDomain() => new(ServiceId, Turn, (FlywheelStep?)FromStep, (FlywheelStep)ToStep, Db.ToTime(At), GateEvaluationId, WaiverId);
}
