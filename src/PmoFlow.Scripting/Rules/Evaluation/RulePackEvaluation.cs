using PmoFlow.Abstractions.Rules;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// One gate evaluation on a leased pack version: the service-step check, the gate's rules under the budget, the
/// waiver, the outcome, the snapshot. The engine, replay, what-if and the test runner all evaluate through here, so
/// they cannot disagree.
/// </summary>
internal static class RulePackEvaluation
{
    public static (GateEvaluation Evaluation, RuleRun Run) Evaluate(RulePackVersion version, GateContext context, IReadOnlyDictionary<string, decimal> thresholds,
        RuleLimits limits, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(context);
        var clauses = new List<GateClause>();
        if (GateDecision.ServiceStep(context) is { } step) clauses.Add(step);

        var rules = version.RulesFor(context.Gate);
        var run = rules.Count == 0
            ? new RuleRun([], [], [], null, 0)
            : RuleRunner.Run(rules, RuleContextMapper.Map(context, thresholds), limits, clock);
        if (rules.Count == 0) clauses.Add(GateDecision.NoRules(context.Gate, version.Evaluator));
        clauses.AddRange(run.Clauses);
        if (run.Failure is { } failure) clauses.Add(GateDecision.Failed(failure));

        var waiver = context.ActiveWaiver;
        if (waiver is not null) clauses.Add(GateDecision.Waived(waiver));

        var service = context.Service;
        var evaluation = new GateEvaluation(
            Id: PmoIds.New(context.Now),
            ServiceId: service.Id,
            Gate: context.Gate,
            Turn: service.Turn,
            EvaluatedAt: context.Now,
            Outcome: waiver is null ? GateDecision.Decide(clauses) : GateOutcome.Ready,
            Clauses: clauses,
            InputSnapshot: EvaluationSnapshot.Write(context, run, waiver, version, thresholds),
            Evaluator: version.Evaluator,
            WaiverId: waiver?.Id);
        return (evaluation, run);
    }

    public static RuleLimits Limits(RuleOptions options) => new(options.MaxSteps, options.MaxCallDepth, options.Timeout, options.MaxAllocatedBytes);
}
