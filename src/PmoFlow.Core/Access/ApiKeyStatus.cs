namespace PmoFlow.Core.Access;

/// <summary>The verdict on a presented key.</summary>
public enum ApiKeyStatus
{
    /// <summary>The key is known, its secret matches, and it is in force.</summary>
    Valid,

    /// <summary>The text is not shaped like a PmoFlow key (<c>pmo_&lt;id&gt;_&lt;secret&gt;</c>).</summary>
    Malformed,

    /// <summary>No key has that id, or its secret does not match: the two are not told apart, so ids cannot be probed.</summary>
    Unknown,

    /// <summary>The key was revoked.</summary>
    Revoked,

    /// <summary>The key (a browser session's) has expired.</summary>
    Expired,
}
