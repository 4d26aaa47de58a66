namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>The series the scorecard's charts draw, served at <c>/dashboard/data/charts</c>.</summary>
/// <param name="Quarter">This quarter.</param>
/// <param name="FiscalYear">This fiscal year (the survey groups cover it to date).</param>
/// <param name="Benefits">Benefits planned against actual over time.</param>
/// <param name="Kpis">Every KPI with at least one observation.</param>
/// <param name="Surveys">CSAT and NPS by customer group.</param>
internal sealed record ScorecardCharts(string Quarter, int FiscalYear, BenefitChart Benefits, IReadOnlyList<KpiSeries> Kpis, IReadOnlyList<SurveyGroupScore> Surveys);
