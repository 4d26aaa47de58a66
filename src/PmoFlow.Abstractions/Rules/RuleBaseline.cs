namespace PmoFlow.Abstractions.Rules;

/// <summary>The organizational baseline the PMO works in.</summary>
public sealed class RuleBaseline
{
    /// <summary>The organization's strategic objectives.</summary>
    public IReadOnlyList<string> StrategyObjectives { get; init; } = [];

    /// <summary>A short description of culture.</summary>
    public string Culture { get; init; } = "";

    /// <summary>Organizational project delivery maturity, stage 1 (structure and governance) to 5 (business value).</summary>
    public int OpdMaturityStage { get; init; }

    /// <summary>How the organization is structured (functional, matrix, projectized...).</summary>
    public string Structure { get; init; } = "";

    /// <summary>The industry profile in force (a plugin id; <c>general</c> by default).</summary>
    public string IndustryProfile { get; init; } = "general";
}
