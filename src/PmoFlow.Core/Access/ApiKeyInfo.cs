namespace PmoFlow.Core.Access;

/// <summary>What PmoFlow keeps about an API key: never the key itself, only a hash of its secret (not shown here).</summary>
/// <param name="Id">The lookup id, the part of the key between <c>pmo_</c> and the secret.</param>
/// <param name="Name">Who or what holds the key (<c>ci-bot</c>, <c>alice</c>); recorded as the actor of what the key does.</param>
/// <param name="Role">What the key may do.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it: a key's name, <c>cli</c>, or <c>first-start</c>.</param>
/// <param name="LastUsedAt">When it last authenticated a request, to the minute; null if never.</param>
/// <param name="RevokedAt">When it was revoked; null while it is in force.</param>
/// <param name="ExpiresAt">When it stops working by itself; null for keys people create (only browser sessions expire).</param>
/// <param name="SessionOf">For a browser session's key, the id of the key that logged in; null otherwise.</param>
public sealed record ApiKeyInfo(
    string Id, string Name, PmoRole Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt,
    DateTimeOffset? ExpiresAt, string? SessionOf)
{
    /// <summary>Whether the key works at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expires || expires > now);
}
