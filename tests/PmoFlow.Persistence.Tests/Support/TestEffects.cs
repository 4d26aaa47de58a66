using System.Text.Json;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;

namespace PmoFlow.Persistence.Tests.Support;

/// <summary>Effects as flywheel activities record them: the record in <see cref="PmoJson"/>.</summary>
internal static class TestEffects
{
    public static WorkflowEffect Of(string type, object data) => new(type, JsonSerializer.SerializeToNode(data, data.GetType(), PmoJson.Options)!.AsObject());

    /// <summary>The effect as a flywheel activity in the same process records it: holding the record's values (<see cref="PmoEffectData"/>).</summary>
    public static WorkflowEffect Held(WorkflowEffect parsed) => parsed.Type switch
    {
        PmoEffects.GateEvaluatedType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.GateEvaluated>(PmoJson.Options)!)),
        PmoEffects.StepEnteredType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.StepEntered>(PmoJson.Options)!)),
        PmoEffects.ApprovalRequestedType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.ApprovalRequested>(PmoJson.Options)!)),
        PmoEffects.ApprovalNudgedType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.ApprovalNudged>(PmoJson.Options)!)),
        PmoEffects.SurveyOpenedType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.SurveyOpened>(PmoJson.Options)!)),
        PmoEffects.WorkDoneType => new(parsed.Type, PmoEffectData.From(parsed.Data.Deserialize<PmoEffects.WorkDone>(PmoJson.Options)!)),
        _ => throw new ArgumentException($"No record for effect type {parsed.Type}."),
    };

    public static WorkflowEffect StepEntered(string serviceId, int turn, FlywheelStep? from, FlywheelStep to, int hour = 1, string? evaluationId = null) =>
        Of(PmoEffects.StepEnteredType, new PmoEffects.StepEntered(serviceId, turn, from, to, Sample.T0.AddHours(hour), evaluationId, null));

    public static WorkflowEffect GateEvaluated(GateEvaluation evaluation) => Of(PmoEffects.GateEvaluatedType, new PmoEffects.GateEvaluated(evaluation));

    public static WorkflowEffect ApprovalRequested(Approval approval) => Of(PmoEffects.ApprovalRequestedType, new PmoEffects.ApprovalRequested(approval));

    public static WorkflowEffect Nudged(string approvalId, string serviceId, bool escalated, int hour) =>
        Of(PmoEffects.ApprovalNudgedType, new PmoEffects.ApprovalNudged(approvalId, serviceId, escalated, escalated ? "cio" : null, Sample.T0.AddHours(hour)));

    public static WorkflowEffect SurveyOpened(string serviceId) =>
        Of(PmoEffects.SurveyOpenedType, new PmoEffects.SurveyOpened(serviceId, ["executives", "project managers"], 10, Sample.T0.AddDays(7), Sample.T0));

    public static WorkflowEffect WorkDone(long workId) => Of(PmoEffects.WorkDoneType, new PmoEffects.WorkDone(workId));

    public static GateEvaluation Evaluation(string id = "e1", string serviceId = "s1", GateOutcome outcome = GateOutcome.NeedsEvidence, int hour = 1) =>
        new(id, serviceId, "gate-5-6", 1, Sample.T0.AddHours(hour), outcome,
            [
                new GateClause("onboarded-share", "at least 70% of target users onboarded", "58%", "≥ 70%", false, Missing: "12 more users onboarded"),
                new GateClause("csat", "onboarding CSAT at least 4/5", "4.2", "≥ 4", true, ClauseSeverity.Warning, Kind: GateOutcome.NeedsApproval),
            ],
            "{\"onboarded\":70}", "built-in");
}
