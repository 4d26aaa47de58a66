using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>The named thresholds as configured, whatever the context.</summary>
internal sealed class ConfiguredRuleThresholds(IOptions<RuleOptions> options) : IRuleThresholdSource
{
    public IReadOnlyDictionary<string, decimal> For(GateContext context) => options.Value.Thresholds.AsReadOnly();
}
