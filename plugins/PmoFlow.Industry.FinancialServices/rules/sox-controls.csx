// rule: sox-controls
// gates: gate-5-6, gate-9-10
// version: 1
// description: SOX and regulatory control evidence for a financial-services change: it goes live (Service Onboarding →
//   Service Operation) and has its value recognized (Value Delivery → Value Recognition) only with every key control
//   it touches tested in the current cycle, each figure backed by its workpaper, no material weakness open, and
//   control deficiencies remediated. Open supervisory findings are reported as a warning.

var testedMin = Thresholds["sox.key-controls-tested.min"];
var deficienciesMax = Thresholds["sox.open-deficiencies.max"];
var maxAge = Thresholds.ObservationMaxAge;
Read("thresholds", new { testedMin, deficienciesMax, observationMaxAgeDays = maxAge.TotalDays });

var tested = Kpi("key-controls-tested")?.Latest;
var deficiencies = Kpi("open-control-deficiencies")?.Latest;
var significant = Kpi("significant-deficiencies")?.Latest;
var weaknesses = Kpi("material-weaknesses")?.Latest;
var findings = Kpi("open-regulatory-findings")?.Latest;
Read("controls", new
{
    keyControlsTested = tested?.Value, openDeficiencies = deficiencies?.Value, significantDeficiencies = significant?.Value,
    materialWeaknesses = weaknesses?.Value, openRegulatoryFindings = findings?.Value,
});

Require("key-controls-tested", $"key controls tested for operating effectiveness: at least {Text.ThresholdPercent(testedMin)}",
    observed: tested is null ? "no testing recorded" : $"{Text.Percent(tested.Value / 100m)} tested",
    threshold: $"≥ {Text.ThresholdPercent(testedMin)}", passed: tested is not null && tested.Value / 100m >= testedMin,
    missing: tested is null ? "record key-controls-tested from this cycle's testing"
        : $"test the remaining {Text.ThresholdPercent(testedMin - tested.Value / 100m)} of key controls");

if (tested is not null)
{
    var age = Now - tested.ObservedAt;
    Require("testing-current", $"control testing from the current cycle (the last {Text.Count((int)maxAge.TotalDays, "day")})",
        observed: $"tested as of {Text.Date(tested.ObservedAt)} ({Text.Count((int)age.TotalDays, "day")} ago)",
        threshold: $"within {Text.Count((int)maxAge.TotalDays, "day")}", passed: age <= maxAge,
        missing: $"test the key controls again and record the result (after {Text.Date(Now - maxAge)})");
}

// An external auditor or examiner reads the workpaper, not the dashboard.
var figures = new[] { ("key-controls-tested", tested), ("open-control-deficiencies", deficiencies), ("material-weaknesses", weaknesses) }
    .Where(f => f.Item2 is not null).Select(f => (Name: f.Item1, Observation: f.Item2!)).ToList();
var unlinked = figures.Where(f => string.IsNullOrWhiteSpace(f.Observation.EvidenceLink)).Select(f => f.Name).ToList();
Require("control-evidence", "every control figure links to its testing workpaper",
    observed: figures.Count == 0 ? "no control figures recorded" : unlinked.Count == 0 ? $"{Text.Count(figures.Count, "figure")} linked"
        : $"{unlinked.Count} of {Text.Count(figures.Count, "figure")} without a workpaper ({string.Join(", ", unlinked)})",
    threshold: "every figure linked", passed: figures.Count > 0 && unlinked.Count == 0,
    missing: figures.Count == 0 ? "record the control figures with links to their workpapers" : $"link the workpaper behind {string.Join(", ", unlinked)}");

Require("material-weaknesses", "no material weakness open",
    observed: weaknesses is null ? "not recorded" : Text.Count((int)weaknesses.Value, "material weakness", "material weaknesses") + " open",
    threshold: "none open", passed: weaknesses is not null && weaknesses.Value == 0,
    missing: weaknesses is null ? "record material-weaknesses (0 when none is open)"
        : "remediate the material weakness and retest the controls until it is closed",
    kind: weaknesses is null ? ClauseKind.NeedsEvidence : ClauseKind.Blocked);

var significantText = significant is { Value: > 0 } ? $", {Text.Count((int)significant.Value, "significant deficiency", "significant deficiencies")}" : "";
Require("deficiencies-remediated", $"control deficiencies remediated and retested: at most {Text.Number(deficienciesMax)} open",
    observed: deficiencies is null ? "not recorded" : $"{Text.Count((int)deficiencies.Value, "deficiency", "deficiencies")} open{significantText}",
    threshold: $"≤ {Text.Number(deficienciesMax)} open", passed: deficiencies is not null && deficiencies.Value <= deficienciesMax,
    missing: deficiencies is null ? "record open-control-deficiencies (0 when none is open)"
        : $"remediate and retest {Text.Count((int)(deficiencies.Value - deficienciesMax), "deficiency", "deficiencies")}{significantText}");

if (findings is { Value: > 0 })
    Warn("regulatory-findings", "no supervisory finding open against the process",
        $"{Text.Count((int)findings.Value, "finding")} open", "none open");
