using PmoFlow.Core.Gates;

namespace PmoFlow.Hosting.Rules;

/// <summary>One stored test case, run.</summary>
/// <param name="File">Its test file (<c>onboarding.json</c> in the pack's tests folder).</param>
/// <param name="Case">Its name.</param>
/// <param name="Gate">The gate it evaluates.</param>
/// <param name="Passed">Whether the pack did what the case expects.</param>
/// <param name="Expected">The outcome it expects, if it states one.</param>
/// <param name="Actual">The outcome the pack produced, if the case ran.</param>
/// <param name="Failures">What differed or went wrong, in words; empty when it passed.</param>
public sealed record RuleTestCaseView(string File, string Case, string Gate, bool Passed, GateOutcome? Expected, GateOutcome? Actual, IReadOnlyList<string> Failures);
