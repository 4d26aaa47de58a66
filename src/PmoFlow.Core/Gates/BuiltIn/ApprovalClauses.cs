using PmoFlow.Core.Approvals;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>The approval clause gates 3→4 and 10→1 share: the latest approval of the gate in the current step decides.</summary>
internal static class ApprovalClauses
{
    /// <summary>
    /// Requires the latest approval of the gate to be Approved. None or pending is NeedsApproval; a rejection
    /// blocks, naming who rejected and why, because resubmitting unchanged would only be rejected again.
    /// </summary>
    public static void RequireApproval(this ClauseList clauses, GateContext context, string name, string description)
    {
        var approval = context.LatestApproval;
        var approvers = context.Charter.ApproversOf(context.Gate).ToList();
        var role = approval?.Role ?? (approvers.Count == 0 ? "sponsor" : string.Join(" or ", approvers));
        clauses.Read(name, approval is null ? null : new { approval.Id, approval.Role, approval.Status, approval.RequestedAt, approval.DecidedBy, approval.DecidedAt });

        var threshold = $"approved by {role}";
        switch (approval?.Status)
        {
            case null:
                clauses.Require(name, description, "not requested", threshold, passed: false,
                    $"request {context.Gate} approval from {role}", GateOutcome.NeedsApproval);
                break;
            case ApprovalStatus.Pending:
                var due = context.Now > approval.DueAt ? $"overdue since {GateFormat.Date(approval.DueAt)}" : $"due {GateFormat.Date(approval.DueAt)}";
                clauses.Require(name, description, $"pending with {role} since {GateFormat.Date(approval.RequestedAt)}, {due}", threshold, passed: false,
                    $"{role} decision on {context.Gate} (requested {GateFormat.Date(approval.RequestedAt)}, {due})", GateOutcome.NeedsApproval);
                break;
            case ApprovalStatus.Rejected:
                var reason = string.IsNullOrWhiteSpace(approval.Comment) ? "" : $" ({approval.Comment})";
                clauses.Require(name, description, $"rejected by {Decider(approval)}{Comment(approval)}", threshold, passed: false,
                    $"address {approval.DecidedBy ?? role}'s rejection{reason}, then ask {role} again", GateOutcome.Blocked);
                break;
            default:
                clauses.Require(name, description, $"approved by {Decider(approval)}", threshold, passed: true, "");
                break;
        }
    }

    private static string Decider(Approval a) =>
        $"{a.DecidedBy ?? "unknown"} ({a.Role}){(a.DecidedAt is { } at ? " on " + GateFormat.Date(at) : "")}";

    private static string Comment(Approval a) => string.IsNullOrWhiteSpace(a.Comment) ? "" : $": {a.Comment}";
}
