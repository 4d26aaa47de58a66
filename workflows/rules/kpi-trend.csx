// rule: kpi-trend
// gates: gate-7-8
// version: 1
// description: Service Monitoring → Service Improvement: improvement needs a trend (two observations per KPI) that
//   is current (the latest no older than the ObservationMaxAge threshold).

const int TrendPoints = 2;

var maxAge = Thresholds.ObservationMaxAge;
Read("kpis", Kpis.Select(k => new { k.Id, k.Name, Count = k.Observations.Count, Latest = k.Latest is { } l ? new { l.Id, l.Value, l.ObservedAt } : null }));
Read("observationMaxAgeDays", maxAge.TotalDays);

var shortOfTrend = Kpis.Where(k => k.Observations.Count < TrendPoints).ToList();
Require("kpi-trend", $"every KPI has at least {TrendPoints} observations",
    observed: Observed(Kpis.Count, shortOfTrend.Count, "with a trend"), threshold: $"≥ {TrendPoints} observations per KPI",
    passed: Kpis.Count > 0 && shortOfTrend.Count == 0,
    missing: Kpis.Count == 0 ? "define the service's KPIs and observe each twice"
        : string.Join("; ", shortOfTrend.Select(k => $"{k.Label} needs {Text.Count(TrendPoints - k.Observations.Count, "more observation")}")));

var stale = Kpis.Where(k => k.Observations.Count == 0 || Now - k.Observations[^1].ObservedAt > maxAge).ToList();
var days = Text.Number((decimal)maxAge.TotalDays);
Require("kpi-freshness", $"every KPI's latest observation is at most {days} days old",
    observed: Observed(Kpis.Count, stale.Count, "current"), threshold: $"≤ {days} days old",
    passed: Kpis.Count > 0 && stale.Count == 0,
    missing: Kpis.Count == 0 ? "define the service's KPIs and observe each" : "a current observation of " + string.Join(", ", stale.Select(Staleness)));

static string Observed(int kpis, int failing, string what) =>
    kpis == 0 ? "no KPIs" : $"{kpis - failing} of {Text.Count(kpis, "KPI")} {what}";

string Staleness(KpiSeries kpi) =>
    kpi.Observations.Count == 0
        ? $"{kpi.Label} (never observed)"
        : $"{kpi.Label} (latest {Text.Date(kpi.Observations[^1].ObservedAt)}, {(int)(Now - kpi.Observations[^1].ObservedAt).TotalDays} days old)";
