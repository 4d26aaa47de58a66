namespace PmoFlow.Core.Access;

/// <summary>The result of checking a presented key.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="Key">The key's record when its secret matched (valid, revoked or expired); null otherwise.</param>
public sealed record ApiKeyCheck(ApiKeyStatus Status, ApiKeyInfo? Key)
{
    /// <summary>Whether the key may be used.</summary>
    public bool IsValid => Status == ApiKeyStatus.Valid && Key is not null;
}
