// rule: csv-evidence
// gates: gate-5-6, gate-8-9
// version: 1
// description: GxP computer-system validation: a service goes live (Service Onboarding → Service Operation) and, after
//   changes made in Service Improvement, enters Value Delivery only on complete validation evidence: requirements
//   traced to passed tests, IQ, OQ and PQ passed, no validation deviation open, each result linked to its signed
//   record, and the validation summary report approved by quality assurance.

const string QualityAssurance = "quality-assurance";

var tracedMin = Thresholds["gxp.csv.traceability.min"];
var passedMin = Thresholds["gxp.csv.qualification.min"];
var deviationsMax = Thresholds["gxp.csv.open-deviations.max"];
Read("thresholds", new { tracedMin, passedMin, deviationsMax });

var traced = Kpi("csv-requirements-traced")?.Latest;
var stages = new[] { ("IQ", "csv-iq-passed"), ("OQ", "csv-oq-passed"), ("PQ", "csv-pq-passed") }
    .Select(s => (Name: s.Item1, Kpi: s.Item2, Latest: Kpi(s.Item2)?.Latest)).ToList();
var deviations = Kpi("open-deviations")?.Latest;
Read("evidence", new
{
    traced = traced?.Value,
    qualification = stages.ToDictionary(s => s.Name, s => s.Latest?.Value),
    openDeviations = deviations?.Value,
});

Require("traceability", $"requirements traced to passed tests: at least {Text.ThresholdPercent(tracedMin)}",
    observed: traced is null ? "no traceability recorded" : $"{Text.Percent(traced.Value / 100m)} of requirements traced",
    threshold: $"≥ {Text.ThresholdPercent(tracedMin)}",
    passed: traced is not null && traced.Value / 100m >= tracedMin,
    missing: traced is null ? "record csv-requirements-traced from the traceability matrix"
        : $"trace the remaining {Text.ThresholdPercent(tracedMin - traced.Value / 100m)} of requirements to passed tests");

var shortOf = stages.Where(s => s.Latest is null || s.Latest.Value / 100m < passedMin).ToList();
Require("qualification", $"IQ, OQ and PQ test cases passed: each at least {Text.ThresholdPercent(passedMin)}",
    observed: string.Join(", ", stages.Select(s => s.Latest is null ? $"{s.Name} not recorded" : $"{s.Name} {Text.Percent(s.Latest.Value / 100m)}")),
    threshold: $"each ≥ {Text.ThresholdPercent(passedMin)}",
    passed: shortOf.Count == 0,
    missing: string.Join("; ", shortOf.Select(s => s.Latest is null ? $"record the {s.Name} result ({s.Kpi})"
        : $"{s.Name}: pass the remaining {Text.ThresholdPercent(passedMin - s.Latest.Value / 100m)} of test cases or close their deviations")));

// ALCOA+: a result is evidence only if it is attributable to its signed record.
var results = stages.Where(s => s.Latest is not null).Select(s => (s.Name, Observation: s.Latest!)).ToList();
if (traced is not null) results.Insert(0, ("traceability", traced));
var unlinked = results.Where(r => string.IsNullOrWhiteSpace(r.Observation.EvidenceLink)).Select(r => r.Name).ToList();
Require("evidence-links", "every validation result links to its signed record",
    observed: results.Count == 0 ? "no results recorded" : unlinked.Count == 0 ? $"{Text.Count(results.Count, "result")} linked"
        : $"{unlinked.Count} of {Text.Count(results.Count, "result")} without a link ({string.Join(", ", unlinked)})",
    threshold: "every result linked", passed: results.Count > 0 && unlinked.Count == 0,
    missing: results.Count == 0 ? "record the validation results with links to their signed records"
        : $"link the signed record of the {string.Join(", ", unlinked)} result{(unlinked.Count == 1 ? "" : "s")}");

Require("validation-deviations", $"validation deviations closed: at most {Text.Number(deviationsMax)} open",
    observed: deviations is null ? "open deviations not recorded" : $"{Text.Count((int)deviations.Value, "deviation")} open",
    threshold: $"≤ {Text.Number(deviationsMax)} open", passed: deviations is not null && deviations.Value <= deviationsMax,
    missing: deviations is null ? "record open-deviations (0 when none is open)"
        : $"close {Text.Count((int)(deviations.Value - deviationsMax), "deviation")} (investigation, impact assessment and CAPA assigned)");

SummaryReport();

void SummaryReport()
{
    var entered = Service.StepEnteredAt;
    var approval = Approvals.Where(a => a.Gate == Gate && a.RequestedAt >= entered && string.Equals(a.Role, QualityAssurance, StringComparison.OrdinalIgnoreCase))
        .MaxBy(a => a.RequestedAt);
    Read("summaryReportApproval", approval is null ? null : new { approval.Id, approval.Status, approval.DecidedBy, approval.DecidedAt });
    var description = "quality assurance approved the validation summary report";
    var threshold = $"approved by {QualityAssurance}";
    switch (approval?.Status)
    {
        case null:
            Require("validation-summary-report", description, "not submitted for approval", threshold, passed: false,
                $"ask {QualityAssurance} to approve the validation summary report (an approval at {Gate})", ClauseKind.NeedsApproval);
            break;
        case ApprovalStatus.Pending:
            Require("validation-summary-report", description, $"pending since {Text.Date(approval.RequestedAt)}", threshold, passed: false,
                $"{QualityAssurance} decision on the validation summary report (due {Text.Date(approval.DueAt)})", ClauseKind.NeedsApproval);
            break;
        case ApprovalStatus.Rejected:
            Require("validation-summary-report", description,
                $"rejected by {approval.DecidedBy} on {Text.Date(approval.DecidedAt ?? approval.RequestedAt)}{(string.IsNullOrWhiteSpace(approval.Comment) ? "" : ": " + approval.Comment)}",
                threshold, passed: false, "revise the validation summary report and ask quality assurance again", ClauseKind.Blocked);
            break;
        default:
            Require("validation-summary-report", description, $"approved by {approval.DecidedBy} on {Text.Date(approval.DecidedAt ?? approval.RequestedAt)}",
                threshold, passed: true, "");
            break;
    }
}
