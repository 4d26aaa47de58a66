namespace PmoFlow.Core.Audit;

/// <summary>One line of the audit trail: who did what to which service, when.</summary>
/// <param name="Id">Monotonic id.</param>
/// <param name="At">When, by the engine's clock.</param>
/// <param name="Actor">Who (a user, a role, or <c>engine</c>).</param>
/// <param name="ServiceId">The service, if the entry concerns one.</param>
/// <param name="Action">What happened (<c>service.created</c>, <c>step.entered</c>, <c>gate.evaluated</c>, <c>observation.recorded</c>...).</param>
/// <param name="Details">The details as JSON.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string? ServiceId, string Action, string Details);
