namespace PmoFlow.Abstractions.Rules;

/// <summary>One condition a rule decided, with what was observed against what is required.</summary>
/// <param name="Name">A short id (<c>onboarded-share</c>).</param>
/// <param name="Description">The condition in words ("at least 70% of target users onboarded").</param>
/// <param name="Observed">What the data shows ("58%").</param>
/// <param name="Threshold">What is required ("≥ 70%").</param>
/// <param name="Passed">Whether it holds (always false for a warning).</param>
/// <param name="IsWarning">Whether it only informs: warnings never decide the outcome.</param>
/// <param name="Missing">What would make it pass, when a required clause fails.</param>
/// <param name="Kind">What a failure means: missing evidence, a pending approval or a block.</param>
public sealed record RuleClause(string Name, string Description, string Observed, string Threshold, bool Passed, bool IsWarning, string? Missing, ClauseKind Kind);
