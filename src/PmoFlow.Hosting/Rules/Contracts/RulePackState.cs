namespace PmoFlow.Hosting.Rules;

/// <summary>Where a rule pack stands.</summary>
public enum RulePackState
{
    /// <summary>A version is active and its latest load succeeded.</summary>
    Active,

    /// <summary>A version is active, but the latest edit did not load (its errors are reported); the active version stays until a fixed edit loads.</summary>
    ActiveWithErrors,

    /// <summary>No version is active: the pack never loaded; its gates are decided by the packs after it, or the built-in rules.</summary>
    Failed,
}
