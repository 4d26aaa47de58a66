using PmoFlow.Core.Gates;
using PmoFlow.Hosting.Plugins.Rules;

namespace PmoFlow.Hosting.Industry;

/// <summary>
/// Evaluates gates under the industry profile the context's baseline selects. It wraps every gate evaluator (rule
/// packs and built-in rules alike): the typed thresholds in the context become the effective ones, so the
/// evaluation records, and a replay reads, what the rules really used. It also keeps the plugins' rule pack in step
/// with the loaded plugins, and reports a plugin rule that failed as a fault of its plugin.
/// </summary>
internal sealed class IndustryGateEvaluator(IGateEvaluator inner, IIndustryProfiles industry, PluginRuleSync pluginRules) : IGateEvaluator
{
    public bool Handles(string gate) => inner.Handles(gate);

    public GateEvaluation Evaluate(GateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Not waiting: when the background follower is compiling the new rules, this evaluation uses the current ones.
        pluginRules.Sync(wait: false);
        var thresholds = industry.Thresholds(industry.Select(context.Baseline.IndustryProfile), context.Thresholds).Gates;
        var evaluation = inner.Evaluate(thresholds == context.Thresholds ? context : context with { Thresholds = thresholds });
        pluginRules.Observe(evaluation);
        return evaluation;
    }
}
