// rule: kpis-observed
// gates: gate-6-7
// version: 1
// description: Service Operation → Service Monitoring: monitoring needs data, so every KPI has been measured at least once.

Read("kpis", Kpis.Select(k => new { k.Id, k.Name, Observations = k.Observations.Select(o => o.Id) }));

var unobserved = Kpis.Where(k => k.Observations.Count == 0).Select(k => k.Label).ToList();
// No KPIs at all is not "every KPI observed": there would be nothing to monitor.
Require("kpis-observed", "every KPI has at least one observation",
    observed: Kpis.Count == 0 ? "no KPIs" : $"{Kpis.Count - unobserved.Count} of {Text.Count(Kpis.Count, "KPI")} observed",
    threshold: "all KPIs observed", passed: Kpis.Count > 0 && unobserved.Count == 0,
    missing: Kpis.Count == 0 ? "define the service's KPIs and record an observation of each" : $"record an observation of {string.Join(", ", unobserved)}");
