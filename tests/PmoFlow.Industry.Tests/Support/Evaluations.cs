using PmoFlow.Core.Gates;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>Reading gate evaluations in assertions.</summary>
internal static class Evaluations
{
    public static GateClause Clause(this GateEvaluation evaluation, string name) =>
        evaluation.Clauses.SingleOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"No clause '{name}' in [{string.Join(", ", evaluation.Clauses.Select(c => c.Name))}]: {Describe(evaluation)}");

    public static string Describe(this GateEvaluation evaluation) =>
        $"{evaluation.Outcome}: " + string.Join(" | ", evaluation.Clauses.Select(c => $"{c.Name} {(c.Passed ? "pass" : "FAIL")} observed={c.Observed} threshold={c.Threshold} missing={c.Missing}"));
}
