using PmoFlow.Core.Access;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Access.Keys;

/// <summary>A key to create: who holds it and what it may do.</summary>
internal sealed record CreateKeyRequest(string? Name, string? Role)
{
    /// <summary>The name and role, or nulls after recording what is wrong in <paramref name="errors"/>.</summary>
    public (string? Name, PmoRole? Role) Validate(RequestErrors errors)
    {
        var name = errors.Text("name", Name, 100);
        if (name is not null && name.Any(char.IsControl)) errors.Add("name", "'name' must not contain control characters.");
        PmoRole? role = null;
        if (string.IsNullOrWhiteSpace(Role)) errors.Add("role", $"'role' is required; use one of: {PmoRoles.Choices}.");
        else if (PmoRoles.TryParse(Role, out var parsed)) role = parsed;
        else errors.Add("role", $"'{Role}' is not a role; use one of: {PmoRoles.Choices}.");
        return (name, role);
    }
}

/// <summary>A key as the API shows it: everything but the secret, which PmoFlow does not have.</summary>
internal sealed record ApiKeyView(
    string Id, string Name, string Role, bool Active, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt,
    DateTimeOffset? ExpiresAt, string? SessionOf)
{
    public static ApiKeyView From(ApiKeyInfo key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Name, key.Role.Name(), key.IsActiveAt(now), key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.ExpiresAt, key.SessionOf);
    }
}

/// <summary>A key just created: <see cref="Key"/> is shown this once and never again.</summary>
internal sealed record CreatedApiKey(string Key, ApiKeyView ApiKey);
