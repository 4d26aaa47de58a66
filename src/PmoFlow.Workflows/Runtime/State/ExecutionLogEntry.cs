namespace PmoFlow.Workflows.Runtime.State;

/// <summary>One event in an instance's execution log.</summary>
/// <param name="ActivityId">The activity id.</param>
/// <param name="ActivityType">The activity type.</param>
/// <param name="EventName">Started, Completed, Suspended, Resumed, Canceled or Faulted.</param>
/// <param name="Timestamp">When, by the engine's clock.</param>
/// <param name="Outcomes">The outcomes, for Completed.</param>
public sealed record ExecutionLogEntry(string ActivityId, string ActivityType, string EventName, DateTimeOffset Timestamp, IReadOnlyList<string>? Outcomes = null);
