using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Keys;

/// <summary>
/// API keys in SQLite. A check is one read by primary key; a revocation is one write; nothing is cached, so a revoked
/// key fails on the very next request, in this process or any other on the same file.
/// </summary>
internal sealed class SqliteApiKeyStore(SqliteDatabase db, TimeProvider clock) : IApiKeyStore
{
    /// <summary>How stale <see cref="ApiKeyInfo.LastUsedAt"/> may be: one write per key per minute at most, not one per request.</summary>
    internal static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    private const string Select = $"SELECT {ApiKeyRow.Columns} FROM api_keys";

    public Task<NewApiKey> CreateAsync(string name, PmoRole role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s => Insert(s, name.Trim(), role, actor, expiresAt: null, sessionOf: null), cancellationToken);
    }

    public Task<NewApiKey?> CreateFirstAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        // BEGIN IMMEDIATE holds the write lock from the count to the insert: a second server on the same file waits, then sees the key.
        return db.WriteAsync<NewApiKey?>(
            s => s.Scalar<long>("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NULL AND session_of IS NULL") > 0 ? null : Insert(s, name, PmoRole.Admin, actor, null, null),
            cancellationToken);
    }

    public Task<NewApiKey> CreateSessionAsync(ApiKeyInfo loggedInWith, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loggedInWith);
        return db.WriteAsync(s =>
        {
            var now = clock.GetUtcNow();
            var parent = Read(s, loggedInWith.Id) ?? throw Missing(loggedInWith.Id);
            if (!parent.IsActiveAt(now)) throw new PmoDataException("key", $"Key '{parent.Id}' is no longer in force; it cannot open a session.");
            // Ended sessions are of no further use: their actions name the key that logged in, which is kept.
            s.Execute("DELETE FROM api_keys WHERE session_of IS NOT NULL AND (revoked_at IS NOT NULL OR expires_at <= @Now)", new { Now = Db.Time(now) });
            // The same name as the key that logged in: what the session does is recorded as that holder's doing.
            return Insert(s, parent.Name, parent.Role, parent.Name, expiresAt, parent.Id);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        db.ReadAsync<IReadOnlyList<ApiKeyInfo>>(s => s.Query<ApiKeyRow>($"{Select} ORDER BY created_at, id").Select(r => r.ToDomain()).ToArray(), cancellationToken);

    public Task<ApiKeyInfo?> FindAsync(string id, CancellationToken cancellationToken = default) => db.ReadAsync(s => Read(s, id), cancellationToken);

    public Task<ApiKeyInfo> RevokeAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return db.WriteAsync(s =>
        {
            var key = Read(s, id) ?? throw Missing(id);
            if (key.RevokedAt is not null) return key;
            var now = clock.GetUtcNow();
            s.Execute("UPDATE api_keys SET revoked_at = @At WHERE (id = @Id OR session_of = @Id) AND revoked_at IS NULL", new { Id = id, At = Db.Time(now) });
            AuditLog.Append(s, now, actor, null, "key.revoked", new { id, key.Name, role = key.Role.Name() });
            return Read(s, id)!;
        }, cancellationToken);
    }

    public async Task<ApiKeyCheck> CheckAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!ApiKeyText.TryParse(key, out var id, out var secret)) return new ApiKeyCheck(ApiKeyStatus.Malformed, null);
        var row = await db.ReadAsync(s => s.QuerySingleOrDefault<ApiKeyRow>($"{Select} WHERE id = @Id", new { Id = id }), cancellationToken).ConfigureAwait(false);
        if (row is null || !ApiKeyText.Matches(secret, row.SecretHash)) return new ApiKeyCheck(ApiKeyStatus.Unknown, null);

        var info = row.ToDomain();
        var now = clock.GetUtcNow();
        if (info.RevokedAt is not null) return new ApiKeyCheck(ApiKeyStatus.Revoked, info);
        if (!info.IsActiveAt(now)) return new ApiKeyCheck(ApiKeyStatus.Expired, info);
        if (info.LastUsedAt is not { } used || now - used >= LastUseResolution)
        {
            // Conditional on the row still being in force, so a revocation that lands in between is not undone by this write.
            await db.WriteAsync(s => s.Execute("UPDATE api_keys SET last_used_at = @At WHERE id = @Id AND revoked_at IS NULL", new { Id = id, At = Db.Time(now) }),
                cancellationToken).ConfigureAwait(false);
            info = info with { LastUsedAt = now };
        }
        return new ApiKeyCheck(ApiKeyStatus.Valid, info);
    }

    private NewApiKey Insert(DbSession session, string name, PmoRole role, string actor, DateTimeOffset? expiresAt, string? sessionOf)
    {
        var now = clock.GetUtcNow();
        var (id, secret, key) = ApiKeyText.New();
        session.Execute(
            "INSERT INTO api_keys (id, name, role, secret_hash, created_at, created_by, expires_at, session_of) " +
            "VALUES (@Id, @Name, @Role, @Hash, @At, @Actor, @ExpiresAt, @SessionOf)",
            new { Id = id, Name = name, Role = role.Name(), Hash = ApiKeyText.Hash(secret), At = Db.Time(now), Actor = actor, ExpiresAt = Db.Time(expiresAt), SessionOf = sessionOf });
        AuditLog.Append(session, now, actor, null, sessionOf is null ? "key.created" : "session.started", new { id, name, role = role.Name(), sessionOf, expiresAt });
        return new NewApiKey(new ApiKeyInfo(id, name, role, now, actor, null, null, expiresAt, sessionOf), key);
    }

    private static ApiKeyInfo? Read(DbSession session, string id) =>
        session.QuerySingleOrDefault<ApiKeyRow>($"{Select} WHERE id = @Id", new { Id = id })?.ToDomain();

    private static PmoDataException Missing(string id) => new("keyId", $"No API key has id '{id}'.", isNotFound: true);
}
