// rule: value-proposition
// gates: gate-3-4
// version: 1
// description: Value Proposition → Service Development: every success criterion has a metric, baseline, target,
//   date and owner, and the sponsor approved (DESIGN.md §2).

Read("kpis", Kpis.Select(k => new { k.Id, k.Name, k.Baseline, k.Target, k.TargetDate, k.Owner }));

Require("kpis-defined", "at least one KPI states what success means",
    observed: Text.Count(Kpis.Count, "KPI"), threshold: "≥ 1 KPI", passed: Kpis.Count > 0,
    missing: "define at least one KPI with metric, baseline, target, date and owner");

var gaps = Kpis.Select(k => (Kpi: k, Lacks: Lacks(k))).Where(x => x.Lacks.Count > 0).ToList();
Require("success-criteria", "every KPI has a metric, baseline, target, target date and owner",
    observed: $"{Kpis.Count - gaps.Count} of {Kpis.Count} complete", threshold: "all complete", passed: gaps.Count == 0,
    missing: string.Join("; ", gaps.Select(g => $"{g.Kpi.Label} lacks {string.Join(", ", g.Lacks)}")));

RequireApproval("sponsor-approval", "the sponsor approved the value proposition");

static List<string> Lacks(KpiSeries kpi)
{
    var lacks = new List<string>();
    if (string.IsNullOrWhiteSpace(kpi.Name) || string.IsNullOrWhiteSpace(kpi.Unit)) lacks.Add("metric");
    if (kpi.Baseline is null) lacks.Add("baseline");
    if (kpi.Target is null) lacks.Add("target");
    if (kpi.TargetDate is null) lacks.Add("target date");
    if (string.IsNullOrWhiteSpace(kpi.Owner)) lacks.Add("owner");
    return lacks;
}

// The latest approval of this gate in the current step decides. None or pending needs approval; a rejection
// blocks, naming who rejected and why, because resubmitting unchanged would only be rejected again.
void RequireApproval(string name, string description)
{
    var approval = LatestApproval;
    var approvers = Charter.ApproversOf(Gate);
    var role = approval?.Role ?? (approvers.Count == 0 ? "sponsor" : string.Join(" or ", approvers));
    Read(name, approval is null ? null : new { approval.Id, approval.Role, approval.Status, approval.RequestedAt, approval.DecidedBy, approval.DecidedAt });

    var threshold = $"approved by {role}";
    switch (approval?.Status)
    {
        case null:
            Require(name, description, "not requested", threshold, passed: false,
                $"request {Gate} approval from {role}", ClauseKind.NeedsApproval);
            break;
        case ApprovalStatus.Pending:
            var due = Now > approval.DueAt ? $"overdue since {Text.Date(approval.DueAt)}" : $"due {Text.Date(approval.DueAt)}";
            Require(name, description, $"pending with {role} since {Text.Date(approval.RequestedAt)}, {due}", threshold, passed: false,
                $"{role} decision on {Gate} (requested {Text.Date(approval.RequestedAt)}, {due})", ClauseKind.NeedsApproval);
            break;
        case ApprovalStatus.Rejected:
            var reason = string.IsNullOrWhiteSpace(approval.Comment) ? "" : $" ({approval.Comment})";
            Require(name, description, $"rejected by {Decider(approval)}{Comment(approval)}", threshold, passed: false,
                $"address {approval.DecidedBy ?? role}'s rejection{reason}, then ask {role} again", ClauseKind.Blocked);
            break;
        default:
            Require(name, description, $"approved by {Decider(approval)}", threshold, passed: true, "");
            break;
    }
}

static string Decider(RuleApproval a) =>
    $"{a.DecidedBy ?? "unknown"} ({a.Role}){(a.DecidedAt is { } at ? " on " + Text.Date(at) : "")}";

static string Comment(RuleApproval a) => string.IsNullOrWhiteSpace(a.Comment) ? "" : $": {a.Comment}";
