namespace PmoFlow.Abstractions.Rules;

/// <summary>Planned and actual value of a benefit in one fiscal period (<c>2026-Q1</c>).</summary>
public sealed class RuleBenefitPeriod
{
    /// <summary>The period.</summary>
    public required string Period { get; init; }

    /// <summary>The plan.</summary>
    public decimal Planned { get; init; }

    /// <summary>The actual, once known.</summary>
    public decimal? Actual { get; init; }
}
