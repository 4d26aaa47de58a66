using PmoFlow.Abstractions.Rules;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>A rule that did not run to completion: it threw, or a limit stopped it.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="File">Its file.</param>
/// <param name="Message">What happened, with the rule's own line when the stack trace names it.</param>
/// <param name="Limit">The limit that stopped it, if one did.</param>
internal sealed record RuleFailure(string RuleId, string File, string Message, RuleLimit? Limit);
