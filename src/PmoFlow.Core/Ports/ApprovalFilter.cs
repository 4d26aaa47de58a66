using PmoFlow.Core.Approvals;

namespace PmoFlow.Core.Ports;

/// <summary>Which approvals to list.</summary>
/// <param name="ServiceId">Only this service's.</param>
/// <param name="Role">Only those this role decides.</param>
/// <param name="Status">Only those with this status.</param>
public sealed record ApprovalFilter(string? ServiceId = null, string? Role = null, ApprovalStatus? Status = null);
