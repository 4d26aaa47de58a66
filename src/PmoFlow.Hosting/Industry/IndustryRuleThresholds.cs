using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Evaluation;

namespace PmoFlow.Hosting.Industry;

/// <summary>The named thresholds rules read: the selected industry profile's, under the configured ones.</summary>
internal sealed class IndustryRuleThresholds(IIndustryProfiles industry) : IRuleThresholdSource
{
    public IReadOnlyDictionary<string, decimal> For(GateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return industry.Thresholds(industry.Select(context.Baseline.IndustryProfile), context.Thresholds).Named;
    }
}
