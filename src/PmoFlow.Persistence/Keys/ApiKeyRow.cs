using PmoFlow.Core.Access;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Keys;

/// <summary>An <c>api_keys</c> row.</summary>
internal sealed class ApiKeyRow
{
    public const string Columns = "id, name, role, secret_hash AS SecretHash, created_at AS CreatedAt, created_by AS CreatedBy, last_used_at AS LastUsedAt, " +
        "revoked_at AS RevokedAt, expires_at AS ExpiresAt, session_of AS SessionOf";

    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public byte[] SecretHash { get; init; } = [];
    public string CreatedAt { get; init; } = "";
    public string CreatedBy { get; init; } = "";
    public string? LastUsedAt { get; init; }
    public string? RevokedAt { get; init; }
    public string? ExpiresAt { get; init; }
    public string? SessionOf { get; init; }

    public ApiKeyInfo ToDomain() => new(Id, Name, ToRole(Role), Db.ToTime(CreatedAt), CreatedBy, Db.ToTimeOrNull(LastUsedAt), Db.ToTimeOrNull(RevokedAt),
        Db.ToTimeOrNull(ExpiresAt), SessionOf);

    // The column's CHECK allows only the four names, so anything else means the file was edited by hand.
    private static PmoRole ToRole(string name) =>
        PmoRoles.TryParse(name, out var role) ? role : throw new InvalidOperationException($"api_keys.role holds '{name}', which is not a PmoFlow role.");
}
