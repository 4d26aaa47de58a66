namespace PmoFlow.Core.Approvals;

/// <summary>A decision asked of a role under the charter's decision rights.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Gate">The gate it decides.</param>
/// <param name="Role">The role that decides.</param>
/// <param name="Status">Pending, approved or rejected.</param>
/// <param name="RequestedAt">When it was asked for.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="RemindedAt">When a reminder went out, if one did.</param>
/// <param name="EscalatedAt">When it was escalated, if it was.</param>
/// <param name="DecidedBy">Who decided.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Comment">Why.</param>
public sealed record Approval(string Id, string ServiceId, string Gate, string Role, ApprovalStatus Status, DateTimeOffset RequestedAt, DateTimeOffset DueAt,
    DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Comment);
