namespace PmoFlow.Core.Access;

/// <summary>
/// Where API keys live. Keys are never deleted, only revoked, so the audit trail can always name the key behind an
/// action; each create and revoke is one transaction with its audit entry. Unknown ids raise
/// <see cref="Ports.PmoDataException"/> with <c>IsNotFound</c>.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key. The result carries the key's text, which is not kept.</summary>
    Task<NewApiKey> CreateAsync(string name, PmoRole role, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an admin key only when no key is in force (a new database, or every key revoked), atomically: two servers
    /// starting on one new database get one key between them. Null when some key is in force.
    /// </summary>
    Task<NewApiKey?> CreateFirstAsync(string name, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates a browser session's key: the role of <paramref name="loggedInWith"/>, expiring at <paramref name="expiresAt"/>,
    /// and revoked with it. Sessions that have ended are removed at the same time.
    /// </summary>
    Task<NewApiKey> CreateSessionAsync(ApiKeyInfo loggedInWith, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Every key (and every browser session still on record), oldest first.</summary>
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The key with that id, or null.</summary>
    Task<ApiKeyInfo?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes the key and every browser session it opened, at once: the next request with any of them fails. Revoking a
    /// revoked key changes nothing and returns it as it is.
    /// </summary>
    Task<ApiKeyInfo> RevokeAsync(string id, string actor, CancellationToken cancellationToken = default);

    /// <summary>Checks a presented key and, when it is valid, records its use (to the minute, so reads stay reads).</summary>
    Task<ApiKeyCheck> CheckAsync(string key, CancellationToken cancellationToken = default);
}
