namespace PmoFlow.Core.Benefits;

/// <summary>Planned and actual value of a benefit in one fiscal period (<c>2026-Q1</c>).</summary>
/// <param name="Period">The period.</param>
/// <param name="Planned">The plan.</param>
/// <param name="Actual">The actual, once known.</param>
public sealed record BenefitPeriod(string Period, decimal Planned, decimal? Actual);
