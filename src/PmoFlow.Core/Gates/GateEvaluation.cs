namespace PmoFlow.Core.Gates;

/// <summary>
/// A gate evaluation as a record: the input it saw, each clause with observed value and threshold, the
/// outcome, what would make it pass, and the waiver that let it through if one did.
/// </summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">The gate (<c>gate-5-6</c>).</param>
/// <param name="Turn">The service's flywheel turn.</param>
/// <param name="EvaluatedAt">When, by the engine's clock.</param>
/// <param name="Outcome">The decision.</param>
/// <param name="Clauses">Every clause, passed or not.</param>
/// <param name="InputSnapshot">The data the evaluation saw, as JSON.</param>
/// <param name="Evaluator">Which rules decided (<c>built-in</c>, or a rule pack and its content hash).</param>
/// <param name="WaiverId">The waiver applied, if the gate was waived.</param>
public sealed record GateEvaluation(string Id, string ServiceId, string Gate, int Turn, DateTimeOffset EvaluatedAt, GateOutcome Outcome,
    IReadOnlyList<GateClause> Clauses, string InputSnapshot, string Evaluator, string? WaiverId = null)
{
    /// <summary>The failing required clauses' <see cref="GateClause.Missing"/>, in order: what would make it pass.</summary>
    public IReadOnlyList<string> WhatWouldPass =>
        Clauses.Where(c => !c.Passed && c.Severity == ClauseSeverity.Required).Select(c => c.Missing ?? $"{c.Description}: {c.Observed}, needs {c.Threshold}").ToArray();

    /// <summary>Whether the service may advance.</summary>
    public bool Passed => Outcome == GateOutcome.Ready;
}
