using PmoFlow.Abstractions.Rules;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// What the engine adds around a pack's rules, exactly as the built-in evaluator does: the service-step check before
/// them, the waiver after them, and the outcome from the clauses.
/// </summary>
internal static class GateDecision
{
    /// <summary>Rules read "since the step was entered", so a gate evaluated from another step would judge the wrong window.</summary>
    public static GateClause? ServiceStep(GateContext context)
    {
        if (!Flywheel.TryParseGate(context.Gate, out var from) || context.Service.Step == from) return null;
        var step = context.Service.Step;
        return new GateClause("service-step", $"the service is in {from.DisplayName()}", step.DisplayName(), from.DisplayName(), Passed: false,
            ClauseSeverity.Required, $"the service is in {step.DisplayName()}: evaluate {step.GateFrom()} instead", GateOutcome.Blocked);
    }

    /// <summary>The clauses stay in the record so it shows what the waiver let through.</summary>
    public static GateClause Waived(Waiver waiver) => new("waiver", "the gate is waived: the service may advance whatever the clauses say",
        $"waived by {waiver.GrantedBy} ({waiver.Role}) until {Text.Date(waiver.Until)}: {waiver.Reason}", "no waiver", Passed: false, ClauseSeverity.Warning);

    /// <summary>A rule that failed blocks the gate: an unfinished rule cannot say the service may advance.</summary>
    public static GateClause Failed(RuleFailure failure) => new("rule-failed", $"rule {failure.RuleId} ({failure.File}) runs to completion",
        failure.Message, "completes within its limits", Passed: false, ClauseSeverity.Required,
        $"fix rule {failure.RuleId} in {failure.File}: {failure.Message}", GateOutcome.Blocked);

    /// <summary>A gate the pack stopped handling between the engine's question and the evaluation (a reload removed its rules).</summary>
    public static GateClause NoRules(string gate, string pack) => new("rules", $"a rule pack decides {gate}", $"{pack} has no rule for {gate} any more",
        "a rule for the gate", Passed: false, ClauseSeverity.Required, $"evaluate {gate} again: its rules changed while it was evaluated", GateOutcome.NeedsEvidence);

    /// <summary>Ready if every required clause holds; otherwise the most severe kind among the failures.</summary>
    public static GateOutcome Decide(IReadOnlyList<GateClause> clauses)
    {
        var failing = clauses.Where(c => c.Severity == ClauseSeverity.Required && !c.Passed).ToList();
        if (failing.Count == 0) return GateOutcome.Ready;
        if (failing.Any(c => c.Kind == GateOutcome.Blocked)) return GateOutcome.Blocked;
        return failing.Any(c => c.Kind == GateOutcome.NeedsEvidence) ? GateOutcome.NeedsEvidence : GateOutcome.NeedsApproval;
    }
}
