namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>Service Operation → Service Monitoring: monitoring needs data, so every KPI has been measured at least once.</summary>
internal sealed class Gate6To7Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-6-7";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var kpis = context.Kpis.Select(k => (Kpi: k, Observations: RuleData.ObservationsOf(context, k))).ToList();
        clauses.Read("kpis", kpis.Select(x => new { x.Kpi.Id, x.Kpi.Name, Observations = x.Observations.Select(o => o.Id) }));

        var unobserved = kpis.Where(x => x.Observations.Count == 0).Select(x => RuleData.Label(x.Kpi)).ToList();
        // No KPIs at all is not "every KPI observed": there would be nothing to monitor.
        clauses.Require("kpis-observed", "every KPI has at least one observation",
            observed: kpis.Count == 0 ? "no KPIs" : $"{kpis.Count - unobserved.Count} of {GateFormat.Count(kpis.Count, "KPI")} observed",
            threshold: "all KPIs observed", passed: kpis.Count > 0 && unobserved.Count == 0,
            missing: kpis.Count == 0 ? "define the service's KPIs and record an observation of each" : $"record an observation of {string.Join(", ", unobserved)}");
    }
}
