using PmoFlow.Core.Kpis;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Service Monitoring → Service Improvement: improvement needs a trend (two observations per KPI) that is current
/// (the latest no older than <see cref="GateThresholds.ObservationMaxAge"/>).
/// </summary>
internal sealed class Gate7To8Rule : IGateRule
{
    private const int TrendPoints = 2;

    /// <inheritdoc />
    public string Gate => "gate-7-8";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var maxAge = context.Thresholds.ObservationMaxAge;
        var kpis = context.Kpis.Select(k => (Kpi: k, Observations: RuleData.ObservationsOf(context, k))).ToList();
        clauses.Read("kpis", kpis.Select(x => new { x.Kpi.Id, x.Kpi.Name, Count = x.Observations.Count, Latest = RuleData.Snapshot(x.Observations.LastOrDefault()) }));
        clauses.Read("observationMaxAgeDays", maxAge.TotalDays);

        var shortOfTrend = kpis.Where(x => x.Observations.Count < TrendPoints).ToList();
        clauses.Require("kpi-trend", $"every KPI has at least {TrendPoints} observations",
            observed: Observed(kpis.Count, shortOfTrend.Count, "with a trend"), threshold: $"≥ {TrendPoints} observations per KPI",
            passed: kpis.Count > 0 && shortOfTrend.Count == 0,
            missing: kpis.Count == 0 ? "define the service's KPIs and observe each twice"
                : string.Join("; ", shortOfTrend.Select(x => $"{RuleData.Label(x.Kpi)} needs {GateFormat.Count(TrendPoints - x.Observations.Count, "more observation")}")));

        var stale = kpis.Where(x => x.Observations.Count == 0 || context.Now - x.Observations[^1].ObservedAt > maxAge).ToList();
        var days = GateFormat.Number((decimal)maxAge.TotalDays);
        clauses.Require("kpi-freshness", $"every KPI's latest observation is at most {days} days old",
            observed: Observed(kpis.Count, stale.Count, "current"), threshold: $"≤ {days} days old",
            passed: kpis.Count > 0 && stale.Count == 0,
            missing: kpis.Count == 0 ? "define the service's KPIs and observe each" : "a current observation of " + string.Join(", ", stale.Select(x => Staleness(context, x.Kpi, x.Observations))));
    }

    private static string Observed(int kpis, int failing, string what) =>
        kpis == 0 ? "no KPIs" : $"{kpis - failing} of {GateFormat.Count(kpis, "KPI")} {what}";

    private static string Staleness(GateContext context, Kpi kpi, IReadOnlyList<Observation> observations) =>
        observations.Count == 0
            ? $"{RuleData.Label(kpi)} (never observed)"
            : $"{RuleData.Label(kpi)} (latest {GateFormat.Date(observations[^1].ObservedAt)}, {(int)(context.Now - observations[^1].ObservedAt).TotalDays} days old)";
}
