namespace PmoFlow.Core.Gates;

/// <summary>One condition of a gate, with what was observed against what is required.</summary>
/// <param name="Name">A short id (<c>onboarded-share</c>).</param>
/// <param name="Description">The condition in words ("at least 70% of target users onboarded").</param>
/// <param name="Observed">What the data shows ("58%").</param>
/// <param name="Threshold">What is required ("≥ 70%").</param>
/// <param name="Passed">Whether it holds.</param>
/// <param name="Severity">Required clauses decide the outcome; warnings only inform.</param>
/// <param name="Missing">What would make it pass ("12 more users onboarded"), when it does not.</param>
/// <param name="Kind">Whether a failure means missing evidence, a pending approval or a block.</param>
public sealed record GateClause(string Name, string Description, string Observed, string Threshold, bool Passed, ClauseSeverity Severity = ClauseSeverity.Required,
    string? Missing = null, GateOutcome Kind = GateOutcome.NeedsEvidence);
