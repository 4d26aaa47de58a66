using PmoFlow.Core.Gates;

namespace PmoFlow.Hosting.Rules;

/// <summary>A gate decision with its explanation: every clause with observed value and threshold, and what would make it pass.</summary>
/// <param name="Id">The recorded evaluation's id; null for a decision made only to compare (a replay, a what-if).</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">The gate.</param>
/// <param name="Turn">The service's flywheel turn.</param>
/// <param name="EvaluatedAt">The engine's clock for the decision.</param>
/// <param name="Outcome">The decision.</param>
/// <param name="Evaluator">The rules that decided (<c>rules/default@sha256:…</c>, <c>built-in/1</c>).</param>
/// <param name="WaiverId">The waiver that let it through, if one did.</param>
/// <param name="Clauses">Every clause.</param>
/// <param name="WhatWouldPass">What would make it pass.</param>
public sealed record GateDecisionView(string? Id, string ServiceId, string Gate, int Turn, DateTimeOffset EvaluatedAt, GateOutcome Outcome, string Evaluator,
    string? WaiverId, IReadOnlyList<GateClause> Clauses, IReadOnlyList<string> WhatWouldPass)
{
    /// <summary>The view of <paramref name="evaluation"/>; <paramref name="recorded"/> says whether its id names a stored record.</summary>
    public static GateDecisionView From(GateEvaluation evaluation, bool recorded)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new(recorded ? evaluation.Id : null, evaluation.ServiceId, evaluation.Gate, evaluation.Turn, evaluation.EvaluatedAt, evaluation.Outcome,
            evaluation.Evaluator, evaluation.WaiverId, evaluation.Clauses, evaluation.WhatWouldPass);
    }
}
