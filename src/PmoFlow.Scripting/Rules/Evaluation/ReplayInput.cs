using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>What a stored rule-pack evaluation saw, read back from its snapshot.</summary>
/// <param name="Context">The context, as the rules saw it.</param>
/// <param name="Thresholds">The named thresholds configured then.</param>
/// <param name="Pack">The pack's name.</param>
/// <param name="Hash">The pack version's content hash.</param>
internal sealed record ReplayInput(GateContext Context, IReadOnlyDictionary<string, decimal> Thresholds, string Pack, string Hash);
