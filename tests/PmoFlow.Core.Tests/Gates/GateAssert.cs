using PmoFlow.Core.Gates;
using PmoFlow.Core.Gates.BuiltIn;

namespace PmoFlow.Core.Tests.Gates;

/// <summary>Evaluates with the built-in rules and compares clauses field by field, so a failure shows which text changed.</summary>
internal static class GateAssert
{
    public static GateEvaluation Evaluate(this GateSnapshot snapshot) => new BuiltInGateEvaluator().Evaluate(snapshot.Build());

    /// <summary>Asserts a required clause; it is expected to pass exactly when <paramref name="missing"/> is null.</summary>
    public static void Clause(GateEvaluation evaluation, string name, string observed, string threshold, string? missing = null,
        GateOutcome kind = GateOutcome.NeedsEvidence)
    {
        var clause = Assert.Single(evaluation.Clauses, c => c.Name == name);
        Assert.Equal((observed, threshold, missing is null, missing, ClauseSeverity.Required, kind),
            (clause.Observed, clause.Threshold, clause.Passed, clause.Missing, clause.Severity, clause.Kind));
    }

    /// <summary>Asserts the clause names, in order.</summary>
    public static void Names(GateEvaluation evaluation, params string[] names) =>
        Assert.Equal(names, evaluation.Clauses.Select(c => c.Name));
}
