namespace PmoFlow.Cli.Pmo;

/// <summary>An API key as the server's <c>/api/keys</c> shows it (and as the local database gives it): never its secret.</summary>
internal sealed record KeyView(
    string Id, string Name, string Role, bool Active, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt,
    DateTimeOffset? ExpiresAt, string? SessionOf);

/// <summary>A key just created; <see cref="Key"/> exists only in this answer.</summary>
internal sealed record NewKey(string Key, KeyView ApiKey);
