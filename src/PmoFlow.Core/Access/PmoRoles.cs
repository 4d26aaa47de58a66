namespace PmoFlow.Core.Access;

/// <summary>The roles' names as people type them and as they are stored: <c>viewer</c>, <c>gate-agent</c>, <c>architect</c>, <c>admin</c>.</summary>
public static class PmoRoles
{
    /// <summary>Every role, in the order of <see cref="PmoRole"/>.</summary>
    public static IReadOnlyList<PmoRole> All { get; } = Enum.GetValues<PmoRole>();

    /// <summary>"viewer, gate-agent, architect, admin", for messages.</summary>
    public static string Choices { get; } = string.Join(", ", All.Select(Name));

    /// <summary>The role's name: lower case, words joined by a hyphen (<c>gate-agent</c>).</summary>
    public static string Name(this PmoRole role) => role switch
    {
        PmoRole.Viewer => "viewer",
        PmoRole.GateAgent => "gate-agent",
        PmoRole.Architect => "architect",
        PmoRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a PmoFlow role."),
    };

    /// <summary>
    /// Reads a role in any case, with or without separators (<c>gate-agent</c>, <c>GateAgent</c>, <c>gate_agent</c>).
    /// Numbers are refused, so that a typo is never a valid role by accident.
    /// </summary>
    public static bool TryParse(string? text, out PmoRole role)
    {
        role = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        foreach (var candidate in All)
        {
            if (!string.Equals(Normalize(candidate.ToString()), key, StringComparison.Ordinal)) continue;
            role = candidate;
            return true;
        }
        return false;
    }

    private static string Normalize(string text) => string.Concat(text.Where(char.IsAsciiLetter)).ToUpperInvariant();
}
