using PmoFlow.Core.Access;

namespace PmoFlow.Server.Access;

/// <summary>
/// The authorization policies, one per kind of work. Every role reads; each change belongs to exactly one role, and no
/// role includes another (an admin cannot post observations, a gate agent cannot publish). Attach them with
/// <see cref="PmoAccessEndpointConventionBuilderExtensions"/>.
/// </summary>
public static class PmoPolicies
{
    /// <summary>Any valid key or browser session: every role reads everything.</summary>
    public const string Read = "PmoFlow.Read";

    /// <summary>Posting PMO data and deciding approvals and waivers: gate agents.</summary>
    public const string GateAgent = "PmoFlow.GateAgent";

    /// <summary>Designing and publishing workflows: architects.</summary>
    public const string Architect = "PmoFlow.Architect";

    /// <summary>API keys, plugins, rule packs and governance settings: admins.</summary>
    public const string Admin = "PmoFlow.Admin";

    /// <summary>The policy for a role's own work; a viewer's work is reading.</summary>
    public static string For(PmoRole role) => role switch
    {
        PmoRole.Viewer => Read,
        PmoRole.GateAgent => GateAgent,
        PmoRole.Architect => Architect,
        PmoRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a PmoFlow role."),
    };
}
