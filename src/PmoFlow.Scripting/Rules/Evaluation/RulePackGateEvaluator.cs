using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// Decides gates through the rule packs in force. Registered ahead of the built-in rules, it handles every gate a
/// pack has rules for; a rule that fails blocks its gate with the error and the host carries on.
/// </summary>
internal sealed class RulePackGateEvaluator(RulePackRegistry registry, IOptions<RuleOptions> options, TimeProvider clock, ILogger<RulePackGateEvaluator> logger,
    IRuleThresholdSource? thresholds = null)
    : IGateEvaluator
{
    private readonly IRuleThresholdSource _thresholds = thresholds ?? new ConfiguredRuleThresholds(options);

    public bool Handles(string gate) => gate is not null && registry.Handles(gate);

    public GateEvaluation Evaluate(GateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var lease = registry.Acquire(context.Gate);
        if (lease is null)
        {
            // Handles said yes a moment ago; a reload since then took the gate's rules away.
            var clauses = new[] { GateDecision.NoRules(context.Gate, "the rule packs") };
            return new GateEvaluation(PmoIds.New(context.Now), context.Service.Id, context.Gate, context.Service.Turn, context.Now,
                GateDecision.Decide(clauses), clauses, "{}", "rules/none");
        }

        var value = options.Value;
        var (evaluation, run) = RulePackEvaluation.Evaluate(lease.Version, context, _thresholds.For(context), RulePackEvaluation.Limits(value), clock);
        if (run.Failure is { } failure)
            logger.RuleFailed(failure.RuleId, lease.Version.Evaluator, context.Gate, context.Service.Id, failure.Message);
        return evaluation;
    }
}
