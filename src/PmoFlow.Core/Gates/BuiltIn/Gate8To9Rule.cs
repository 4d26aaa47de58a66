using PmoFlow.Core.Kpis;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Service Improvement → Value Delivery: improvement worked, so every KPI with a target is on target or moved the
/// right way since its previous observation. KPIs off target but improving pass, and a warning names them.
/// </summary>
internal sealed class Gate8To9Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-8-9";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var judged = context.Kpis.Where(k => k.Target is not null).Select(k => Judge(context, k)).ToList();
        clauses.Read("kpis", judged.Select(j => new
        {
            j.Kpi.Id, j.Kpi.Name, j.Kpi.Target, j.Kpi.GoodDirection, Latest = RuleData.Snapshot(j.Latest), Previous = RuleData.Snapshot(j.Previous),
        }));

        var failing = judged.Where(j => !j.OnTarget && !j.Improving).ToList();
        // Without a target no KPI can show that improvement worked; an empty "every" would pass by accident.
        clauses.Require("kpi-targets", "every KPI with a target is on target or improving",
            observed: judged.Count == 0 ? "no KPI has a target" : $"{judged.Count - failing.Count} of {GateFormat.Count(judged.Count, "targeted KPI")} on target or improving",
            threshold: "all on target or improving", passed: judged.Count > 0 && failing.Count == 0,
            missing: judged.Count == 0 ? "set a target on the service's KPIs" : string.Join("; ", failing.Select(Shortfall)));

        var improving = judged.Where(j => !j.OnTarget && j.Improving).ToList();
        if (improving.Count > 0)
        {
            clauses.Warn("kpi-off-target", "KPIs off target but improving",
                observed: string.Join("; ", improving.Select(Describe)), threshold: "on target");
        }
    }

    private static KpiJudgement Judge(GateContext context, Kpi kpi)
    {
        var observations = RuleData.ObservationsOf(context, kpi);
        var latest = observations.Count > 0 ? observations[^1] : null;
        var previous = observations.Count > 1 ? observations[^2] : null;
        var higher = kpi.GoodDirection == GoodDirection.HigherIsBetter;
        var onTarget = latest is not null && (higher ? latest.Value >= kpi.Target : latest.Value <= kpi.Target);
        var improving = latest is not null && previous is not null && (higher ? latest.Value > previous.Value : latest.Value < previous.Value);
        return new KpiJudgement(kpi, latest, previous, onTarget, improving);
    }

    private static string Target(Kpi kpi) =>
        $"{(kpi.GoodDirection == GoodDirection.HigherIsBetter ? "≥" : "≤")} {GateFormat.Measure(kpi.Target!.Value, kpi.Unit)}";

    private static string Describe(KpiJudgement j) =>
        $"{RuleData.Label(j.Kpi)} {GateFormat.Measure(j.Latest!.Value, j.Kpi.Unit)} (was {GateFormat.Measure(j.Previous!.Value, j.Kpi.Unit)}), target {Target(j.Kpi)}";

    private static string Shortfall(KpiJudgement j) => j.Latest is null
        ? $"{RuleData.Label(j.Kpi)} has no observation (target {Target(j.Kpi)})"
        : $"{RuleData.Label(j.Kpi)} to reach {Target(j.Kpi)} or improve on {GateFormat.Measure(j.Latest.Value, j.Kpi.Unit)}";
}
