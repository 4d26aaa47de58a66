using PmoFlow.Cli.Output;
using PmoFlow.Core.Gates;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>A gate decision clause by clause, as <c>service show</c> prints one: what was observed, what is needed, what would pass.</summary>
internal static class DecisionWriter
{
    /// <summary><c>label  Outcome by rules/default@sha256:…</c>, then each clause indented.</summary>
    public static void Write(TextWriter output, string indent, string label, GateDecisionView decision)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(decision);
        var waiver = decision.WaiverId is null ? "" : $", waived ({decision.WaiverId})";
        output.WriteLine($"{indent}{label}{decision.Outcome} by {decision.Evaluator}{waiver}");
        foreach (var c in decision.Clauses)
        {
            var mark = c.Severity == ClauseSeverity.Warning ? "warn" : c.Passed ? "ok" : "FAIL";
            output.WriteLine($"{indent}  {mark,-4}  {c.Name}: {c.Description}");
            output.WriteLine($"{indent}        observed {c.Observed}; needs {c.Threshold}");
            if (!c.Passed && c.Severity == ClauseSeverity.Required && !string.IsNullOrEmpty(c.Missing)) output.WriteLine($"{indent}        to pass: {c.Missing}");
        }
    }

    /// <summary><c>evaluation 3f0c… of gate-5-6 for resource-management (turn 1) at 2026-11-22 03:30 UTC</c>.</summary>
    public static string Heading(GateDecisionView decision) =>
        $"evaluation {decision.Id} of {decision.Gate} for {decision.ServiceId} (turn {decision.Turn}) at {ServiceText.Time(decision.EvaluatedAt)}";
}
