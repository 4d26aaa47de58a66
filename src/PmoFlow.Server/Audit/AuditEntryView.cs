using System.Text.Json;
using PmoFlow.Core.Audit;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Audit;

/// <summary>An audit entry with its details as JSON rather than as a string of JSON.</summary>
internal sealed record AuditEntryView(long Id, DateTimeOffset At, string Actor, string? ServiceId, string Action, JsonElement? Details)
{
    public static AuditEntryView From(AuditEntry e) => new(e.Id, e.At, e.Actor, e.ServiceId, e.Action, JsonText.Parse(e.Details));
}
