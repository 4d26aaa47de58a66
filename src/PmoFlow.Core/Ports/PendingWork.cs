namespace PmoFlow.Core.Ports;

/// <summary>A service whose data changed since its gates were last evaluated; the engine re-evaluates it.</summary>
/// <param name="Id">The work item id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Reason">What changed (<c>observation.recorded</c>...).</param>
/// <param name="CreatedAt">When.</param>
public sealed record PendingWork(long Id, string ServiceId, string Reason, DateTimeOffset CreatedAt);
