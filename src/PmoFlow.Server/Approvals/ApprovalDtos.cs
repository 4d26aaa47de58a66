using PmoFlow.Core.Approvals;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Approvals;

/// <summary>A decision on a pending approval.</summary>
internal sealed record DecisionRequest(string? Decision, string? DecidedBy, string? Comment)
{
    /// <summary>The decision, or null after recording what is wrong in <paramref name="errors"/>.</summary>
    public ApprovalStatus? Validate(RequestErrors errors)
    {
        ApprovalStatus? decision = Decision?.Trim().ToUpperInvariant() switch
        {
            "APPROVED" or "APPROVE" => ApprovalStatus.Approved,
            "REJECTED" or "REJECT" => ApprovalStatus.Rejected,
            _ => null,
        };
        if (decision is null)
            errors.Add("decision", string.IsNullOrWhiteSpace(Decision) ? "'decision' is required: 'approved' or 'rejected'." : $"'{Decision}' is not a decision; use 'approved' or 'rejected'.");
        errors.Text("decidedBy", DecidedBy, 200);
        var comment = errors.Text("comment", Comment, 2000, required: false);
        // The gate shows the rejection's reason as what to address; without one there is nothing to act on.
        if (decision == ApprovalStatus.Rejected && comment is null) errors.Add("comment", "A rejection needs a 'comment' saying what to address.");
        return decision;
    }
}

/// <summary>The approval as decided, and the service after its gate looked at the decision.</summary>
internal sealed record ApprovalDecided(Approval Approval, ServiceView Service);
