using PmoFlow.Core.Kpis;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Value Proposition → Service Development: every success criterion has a metric, baseline, target, date and
/// owner, and the sponsor approved (DESIGN.md §2).
/// </summary>
internal sealed class Gate3To4Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-3-4";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var kpis = context.Kpis;
        clauses.Read("kpis", kpis.Select(k => new { k.Id, k.Name, k.Baseline, k.Target, k.TargetDate, k.Owner }));

        clauses.Require("kpis-defined", "at least one KPI states what success means",
            observed: GateFormat.Count(kpis.Count, "KPI"), threshold: "≥ 1 KPI", kpis.Count > 0,
            missing: "define at least one KPI with metric, baseline, target, date and owner");

        var gaps = kpis.Select(k => (Kpi: k, Lacks: Lacks(k))).Where(x => x.Lacks.Count > 0).ToList();
        clauses.Require("success-criteria", "every KPI has a metric, baseline, target, target date and owner",
            observed: $"{kpis.Count - gaps.Count} of {kpis.Count} complete", threshold: "all complete", gaps.Count == 0,
            missing: string.Join("; ", gaps.Select(g => $"{RuleData.Label(g.Kpi)} lacks {string.Join(", ", g.Lacks)}")));

        clauses.RequireApproval(context, "sponsor-approval", "the sponsor approved the value proposition");
    }

    private static List<string> Lacks(Kpi kpi)
    {
        var lacks = new List<string>();
        if (string.IsNullOrWhiteSpace(kpi.Name) || string.IsNullOrWhiteSpace(kpi.Unit)) lacks.Add("metric");
        if (kpi.Baseline is null) lacks.Add("baseline");
        if (kpi.Target is null) lacks.Add("target");
        if (kpi.TargetDate is null) lacks.Add("target date");
        if (string.IsNullOrWhiteSpace(kpi.Owner)) lacks.Add("owner");
        return lacks;
    }
}
