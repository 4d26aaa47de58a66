// rule: improvement
// gates: gate-8-9
// version: 1
// description: Service Improvement → Value Delivery: improvement worked, so every KPI with a target is on target or
//   moved the right way since its previous observation. KPIs off target but improving pass, and a warning names them.

var judged = Kpis.Where(k => k.Target is not null).ToList();
Read("kpis", judged.Select(k => new { k.Id, k.Name, k.Target, k.GoodDirection, Latest = Snapshot(k.Latest), Previous = Snapshot(k.Previous) }));

var failing = judged.Where(k => !k.IsOnTarget && k.Trend != KpiTrend.Improving).ToList();
// Without a target no KPI can show that improvement worked; an empty "every" would pass by accident.
Require("kpi-targets", "every KPI with a target is on target or improving",
    observed: judged.Count == 0 ? "no KPI has a target" : $"{judged.Count - failing.Count} of {Text.Count(judged.Count, "targeted KPI")} on target or improving",
    threshold: "all on target or improving", passed: judged.Count > 0 && failing.Count == 0,
    missing: judged.Count == 0 ? "set a target on the service's KPIs" : string.Join("; ", failing.Select(Shortfall)));

var improving = judged.Where(k => !k.IsOnTarget && k.Trend == KpiTrend.Improving).ToList();
if (improving.Count > 0)
{
    Warn("kpi-off-target", "KPIs off target but improving",
        observed: string.Join("; ", improving.Select(Describe)), threshold: "on target");
}

static object? Snapshot(KpiObservation? o) => o is null ? null : new { o.Id, o.Value, o.ObservedAt };

static string TargetOf(KpiSeries kpi) =>
    $"{(kpi.GoodDirection == GoodDirection.HigherIsBetter ? "≥" : "≤")} {Text.Measure(kpi.Target!.Value, kpi.Unit)}";

static string Describe(KpiSeries kpi) =>
    $"{kpi.Label} {Text.Measure(kpi.Latest!.Value, kpi.Unit)} (was {Text.Measure(kpi.Previous!.Value, kpi.Unit)}), target {TargetOf(kpi)}";

static string Shortfall(KpiSeries kpi) => kpi.Latest is null
    ? $"{kpi.Label} has no observation (target {TargetOf(kpi)})"
    : $"{kpi.Label} to reach {TargetOf(kpi)} or improve on {Text.Measure(kpi.Latest.Value, kpi.Unit)}";
