using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>One row of a test run.</summary>
/// <param name="File">The test file.</param>
/// <param name="Case">The case's name.</param>
/// <param name="Gate">The gate.</param>
/// <param name="Passed">Whether the pack did what the case expects.</param>
/// <param name="Expected">The outcome expected, if stated.</param>
/// <param name="Actual">The outcome produced, if the case ran.</param>
/// <param name="Failures">What differed, in words; empty when it passed.</param>
/// <param name="Evaluation">The evaluation the pack produced, if the case ran.</param>
internal sealed record RuleTestResult(string File, string Case, string Gate, bool Passed, GateOutcome? Expected, GateOutcome? Actual,
    IReadOnlyList<string> Failures, GateEvaluation? Evaluation);
