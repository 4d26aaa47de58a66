namespace PmoFlow.Hosting.Rules;

/// <summary>A service whose gate outcome a candidate pack would change.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">Its current gate.</param>
/// <param name="Today">What the rules in force decide now.</param>
/// <param name="Candidate">What the candidate would decide on the same data.</param>
public sealed record RuleWhatIfChangeView(string ServiceId, string Gate, GateDecisionView Today, GateDecisionView Candidate);
