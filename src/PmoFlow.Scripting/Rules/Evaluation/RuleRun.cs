using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>What running a gate's rules produced.</summary>
/// <param name="Clauses">The rules' clauses, in rule order.</param>
/// <param name="Inputs">What the rules read, by name, as JSON, in order.</param>
/// <param name="RulesRun">The rules that ran (<c>value-delivery@1</c>).</param>
/// <param name="Failure">The rule that failed, if one did; the rules after it did not run.</param>
/// <param name="Steps">The budget steps the evaluation used.</param>
internal sealed record RuleRun(IReadOnlyList<GateClause> Clauses, IReadOnlyList<KeyValuePair<string, string>> Inputs, IReadOnlyList<string> RulesRun, RuleFailure? Failure, long Steps);
