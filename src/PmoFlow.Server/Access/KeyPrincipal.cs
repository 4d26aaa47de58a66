using System.Globalization;
using System.Security.Claims;
using PmoFlow.Core.Access;

namespace PmoFlow.Server.Access;

/// <summary>The user a key stands for: its name (the actor the audit trail records), its id and its one role.</summary>
internal static class KeyPrincipal
{
    /// <summary>The claim naming the key that logged in, on a browser session's principal.</summary>
    public const string SessionOfClaim = "pmoflow:session-of";

    public static ClaimsPrincipal Create(ApiKeyInfo key, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(key);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, key.Role.Name()),
        };
        if (key.SessionOf is { } sessionOf) claims.Add(new Claim(SessionOfClaim, sessionOf));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The key's id, for messages: <c>'ci-bot' (key 1a2b...)</c>.</summary>
    public static string Describe(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? $"'{user.Identity?.Name}'" : $"'{user.Identity?.Name}' (key {id})";
    }

    /// <summary>The roles the user holds, by name.</summary>
    public static string Roles(ClaimsPrincipal user) =>
        string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => c.Value).DefaultIfEmpty("none"));

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
