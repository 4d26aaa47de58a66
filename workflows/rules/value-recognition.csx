// rule: value-recognition
// gates: gate-10-1
// version: 1
// description: Value Recognition → the next turn: the value was reported, the customers recognize it (NPS at
//   target), and the sponsor acknowledged it (DESIGN.md §2).

ValueReport();
NpsAtTarget();
RequireApproval("sponsor-acknowledgement", "the sponsor acknowledged the value delivered");

void ValueReport()
{
    // A report from an earlier turn recognizes earlier value; only this step's statements count.
    var published = ValueStatements
        .Where(v => v.ServiceId == Service.Id && v.PublishedAt >= Service.StepEnteredAt && v.PublishedAt <= Now).ToList();
    Read("valueStatements", published.Select(v => new { v.Id, v.Amount, v.Unit, v.PublishedAt }));

    Require("value-report", "a value report on the service is published",
        observed: published.Count == 0 ? "none published" : $"{Text.Count(published.Count, "value statement")} published, latest {Text.Date(published.Max(v => v.PublishedAt))}",
        threshold: "≥ 1 value statement this step", passed: published.Count > 0,
        missing: "publish a value statement on the service, linked to its evidence");
}

void NpsAtTarget()
{
    var minimum = Thresholds.MinimumResponses;
    var target = Thresholds.NpsTarget;
    var answers = Surveys.SinceStepEntered.WithNps;
    var nps = answers.Nps;
    Read("npsResponses", answers.Select(s => new { s.Id, s.Nps }));
    Read("thresholds", new { NpsTarget = target, MinimumResponses = minimum });

    var threshold = $"≥ {Text.Number(target)} from ≥ {Text.Count(minimum, "answer")}";
    var observed = nps is null ? "no answers" : $"{Text.Number(nps.Value)} from {Text.Count(answers.Count, "answer")}";
    var missing = answers.Count < minimum
        ? $"{Text.Count(minimum - answers.Count, "more NPS answer")} ({answers.Count} of {minimum})"
        : $"NPS up from {Text.Number(nps!.Value)} to {Text.Number(target)}";
    Require("nps", $"NPS at least {Text.Number(target)} from at least {Text.Count(minimum, "answer")}", observed, threshold,
        passed: answers.Count >= minimum && nps >= target, missing);
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
