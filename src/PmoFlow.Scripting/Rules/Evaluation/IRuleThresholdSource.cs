using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// The named thresholds rules read (<c>Thresholds["hse.trir.max"]</c>) in one gate evaluation. By default the
/// configured ones (<see cref="RuleOptions.Thresholds"/>); a host may put defaults under them, such as those of the
/// industry profile the context's baseline selects. The evaluation records what it got, so a replay reads the same.
/// </summary>
internal interface IRuleThresholdSource
{
    /// <summary>The named thresholds for evaluating <paramref name="context"/>.</summary>
    IReadOnlyDictionary<string, decimal> For(GateContext context);
}
