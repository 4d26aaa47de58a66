using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Engine;

/// <summary>
/// The changes flywheel activities make to PMO data. They are recorded with the workflow instance and committed
/// in the same transaction as its state, so a transition, its gate evaluation and its audit entry happen together
/// or not at all, exactly once.
/// </summary>
public static class PmoEffects
{
    /// <summary>The service entered a step (<see cref="StepEntered"/>).</summary>
    public const string StepEnteredType = "pmo.step-entered";

    /// <summary>A gate was evaluated (<see cref="GateEvaluated"/>).</summary>
    public const string GateEvaluatedType = "pmo.gate-evaluated";

    /// <summary>An approval was requested (<see cref="ApprovalRequested"/>).</summary>
    public const string ApprovalRequestedType = "pmo.approval-requested";

    /// <summary>A reminder or escalation of a pending approval (<see cref="ApprovalNudged"/>).</summary>
    public const string ApprovalNudgedType = "pmo.approval-nudged";

    /// <summary>A pulse survey was opened (<see cref="SurveyOpened"/>).</summary>
    public const string SurveyOpenedType = "pmo.survey-opened";

    /// <summary>A queued re-evaluation was done (<see cref="WorkDone"/>).</summary>
    public const string WorkDoneType = "pmo.work-done";

    /// <summary>The service moved into <paramref name="To"/>.</summary>
    public sealed record StepEntered(string ServiceId, int Turn, FlywheelStep? From, FlywheelStep To, DateTimeOffset At, string? GateEvaluationId, string? WaiverId);

    /// <summary>A gate evaluation to store.</summary>
    public sealed record GateEvaluated(GateEvaluation Evaluation);

    /// <summary>An approval to store as pending.</summary>
    public sealed record ApprovalRequested(Approval Approval);

    /// <summary>A reminder (<paramref name="Escalated"/> false) or an escalation to <paramref name="EscalatedTo"/>.</summary>
    public sealed record ApprovalNudged(string ApprovalId, string ServiceId, bool Escalated, string? EscalatedTo, DateTimeOffset At);

    /// <summary>A pulse survey opened to customer groups.</summary>
    public sealed record SurveyOpened(string ServiceId, IReadOnlyList<string> CustomerGroups, int Quota, DateTimeOffset Deadline, DateTimeOffset At);

    /// <summary>A work item the transition consumed.</summary>
    public sealed record WorkDone(long WorkId);
}
