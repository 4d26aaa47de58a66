namespace PmoFlow.Core.Kpis;

/// <summary>A KPI of a service, with its success criterion.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Name">The name (<c>onboarded-users</c>, <c>schedule-performance-index</c>...).</param>
/// <param name="Unit">The unit (<c>%</c>, <c>users</c>, <c>ratio</c>, <c>USD</c>...).</param>
/// <param name="GoodDirection">Whether higher or lower is better.</param>
/// <param name="Baseline">Where it started, if known.</param>
/// <param name="Target">Where it should get to, if set.</param>
/// <param name="TargetDate">By when, if set.</param>
/// <param name="Owner">Who owns it, if anyone.</param>
public sealed record Kpi(string Id, string ServiceId, string Name, string Unit, GoodDirection GoodDirection, decimal? Baseline, decimal? Target, DateOnly? TargetDate, string? Owner)
{
    /// <summary>Whether the KPI is a complete success criterion: metric, baseline, target, date and owner.</summary>
    public bool IsCompleteCriterion => Baseline is not null && Target is not null && TargetDate is not null && !string.IsNullOrWhiteSpace(Owner);
}
