using PmoFlow.Core.Gates;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>The <see cref="GateState"/> of an evaluation and how the pages name and colour it.</summary>
internal static class GateStates
{
    /// <summary>
    /// The state the current evaluation (null: none since the step was entered) puts the service in. A service whose
    /// workflow asked for a decision before its gate (the sponsor's approval in Value Proposition) has no evaluation
    /// yet, but what it waits for is known: the approval.
    /// </summary>
    public static GateState Of(GateEvaluation? evaluation, int pendingApprovals = 0) => evaluation switch
    {
        null when pendingApprovals > 0 => GateState.NeedsApproval,
        null => GateState.NotEvaluated,
        { WaiverId: not null } => GateState.Waived,
        { Outcome: GateOutcome.Ready } => GateState.Ready,
        { Outcome: GateOutcome.NeedsApproval } => GateState.NeedsApproval,
        { Outcome: GateOutcome.Blocked } => GateState.Blocked,
        _ => GateState.NeedsEvidence,
    };

    /// <summary>Every state, in the order the legend shows them (worst last).</summary>
    public static IReadOnlyList<GateState> All { get; } = [GateState.Ready, GateState.Waived, GateState.NotEvaluated, GateState.NeedsApproval, GateState.NeedsEvidence, GateState.Blocked];

    public static string Label(this GateState state) => state switch
    {
        GateState.Ready => "Ready",
        GateState.Waived => "Waived",
        GateState.NeedsEvidence => "Needs evidence",
        GateState.NeedsApproval => "Needs approval",
        GateState.Blocked => "Blocked",
        _ => "Not evaluated",
    };

    /// <summary>The CSS class the stylesheet colours (<c>gate-needs-evidence</c>).</summary>
    public static string CssClass(this GateState state) => state switch
    {
        GateState.Ready => "gate-ready",
        GateState.Waived => "gate-waived",
        GateState.NeedsEvidence => "gate-needs-evidence",
        GateState.NeedsApproval => "gate-needs-approval",
        GateState.Blocked => "gate-blocked",
        _ => "gate-not-evaluated",
    };
}
