using PmoFlow.Core.Gates;

namespace PmoFlow.Cli.Pmo;

/// <summary>A gate evaluation with every clause (the server's <c>GateEvaluationView</c>, without the input snapshot, which the CLI does not print).</summary>
internal sealed record GateEvaluationView(string Id, string Gate, int Turn, DateTimeOffset EvaluatedAt, GateOutcome Outcome, IReadOnlyList<GateClause> Clauses,
    IReadOnlyList<string> WhatWouldPass, string Evaluator, string? WaiverId)
{
    public static GateEvaluationView From(GateEvaluation e) => new(e.Id, e.Gate, e.Turn, e.EvaluatedAt, e.Outcome, e.Clauses, e.WhatWouldPass, e.Evaluator, e.WaiverId);

    public GateSummary ToSummary() => new(Gate, Outcome, EvaluatedAt, WhatWouldPass);
}
