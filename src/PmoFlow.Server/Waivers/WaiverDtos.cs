using PmoFlow.Core.Waivers;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Waivers;

/// <summary>A waiver of a gate by someone whose role holds the right to waive it, until a date.</summary>
internal sealed record WaiverRequest(string? Gate, string? GrantedBy, string? Role, string? Reason, DateTimeOffset? Until)
{
    /// <summary>The waiver, or null after recording what is wrong in <paramref name="errors"/>; the role's right is checked against the charter afterwards.</summary>
    public Waiver? ToWaiver(string serviceId, DateTimeOffset now, RequestErrors errors)
    {
        var gate = errors.Text("gate", Gate, 20);
        if (gate is not null && !ApiNames.IsGate(gate)) errors.Add("gate", $"'{gate}' is not a gate; use one of: {ApiNames.GateChoices()}.");
        var grantedBy = errors.Text("grantedBy", GrantedBy, 200);
        var role = errors.Text("role", Role, 100);
        var reason = errors.Text("reason", Reason, 2000);
        var until = errors.Required("until", Until);
        if (until <= now) errors.Add("until", $"'until' must be in the future (it is {until:O}; now is {now:O}).");
        return errors.HasErrors ? null : new Waiver(ApiIds.New(), serviceId, gate!, grantedBy!, role!, reason!, now, until!.Value);
    }
}

/// <summary>The waiver as granted, and the service after its gate looked at it.</summary>
internal sealed record WaiverGranted(Waiver Waiver, ServiceView Service);
