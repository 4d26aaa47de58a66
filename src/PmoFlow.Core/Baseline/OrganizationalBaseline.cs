namespace PmoFlow.Core.Baseline;

/// <summary>The organizational baseline the PMO works in.</summary>
/// <param name="StrategyObjectives">The organization's strategic objectives.</param>
/// <param name="Culture">A short description of culture.</param>
/// <param name="OpdMaturityStage">Organizational project delivery maturity, stage 1 (structure and governance) to 5 (business value).</param>
/// <param name="Structure">How the organization is structured (functional, matrix, projectized...).</param>
/// <param name="IndustryProfile">The industry profile in force (a plugin id; <c>general</c> by default).</param>
public sealed record OrganizationalBaseline(IReadOnlyList<string> StrategyObjectives, string Culture, int OpdMaturityStage, string Structure, string IndustryProfile);
