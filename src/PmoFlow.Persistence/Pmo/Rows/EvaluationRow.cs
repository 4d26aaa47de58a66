using PmoFlow.Core.Gates;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>gate_evaluations</c> row; clauses are a JSON array.</summary>
internal sealed class EvaluationRow
{
    public const string Columns = "id, service_id AS ServiceId, gate, turn, evaluated_at AS EvaluatedAt, outcome, clauses, input_snapshot AS InputSnapshot, evaluator, waiver_id AS WaiverId";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string Gate { get; init; } = "";
    public int Turn { get; init; }
    public string EvaluatedAt { get; init; } = "";
    public string Outcome { get; init; } = "";
    public string Clauses { get; init; } = "[]";
    public string InputSnapshot { get; init; } = "";
    public string Evaluator { get; init; } = "";
    public string? WaiverId { get; init; }

    public GateEvaluation ToDomain() => new(Id, ServiceId, Gate, Turn, Db.ToTime(EvaluatedAt), Db.ToEnum<GateOutcome>(Outcome),
        Db.FromJson<GateClause[]>(Clauses), InputSnapshot, Evaluator, WaiverId);
}
