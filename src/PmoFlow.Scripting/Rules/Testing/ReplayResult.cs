using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>A stored evaluation beside its replay.</summary>
/// <param name="Original">The evaluation as recorded.</param>
/// <param name="Replayed">The evaluation made again.</param>
/// <param name="Differences">What differs (outcome, waiver, clauses), in words; empty when the decision is the same.</param>
internal sealed record ReplayResult(GateEvaluation Original, GateEvaluation Replayed, IReadOnlyList<string> Differences)
{
    /// <summary>Whether the replay decided exactly as the original: same outcome, waiver and clauses.</summary>
    public bool SameDecision => Differences.Count == 0;
}
