namespace PmoFlow.Hosting.Rules;

/// <summary>A recorded gate decision beside the same decision made again.</summary>
/// <param name="Mode">With the rules it used, or with today's.</param>
/// <param name="Original">The decision as recorded.</param>
/// <param name="Replayed">The decision made again, on the data the original saw.</param>
/// <param name="SameDecision">Whether outcome, waiver and every clause are the same.</param>
/// <param name="Differences">What differs, in words; empty when the decision is the same.</param>
public sealed record GateReplayView(GateReplayMode Mode, GateDecisionView Original, GateDecisionView Replayed, bool SameDecision, IReadOnlyList<string> Differences);
