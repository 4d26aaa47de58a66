using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>Where one rule pack stands: its active version, and the last load that failed, if the latest did.</summary>
/// <param name="Name">The pack.</param>
/// <param name="Origin">Where it comes from.</param>
/// <param name="Order">Lower is asked first.</param>
/// <param name="Evaluator">The active version as records cite it (<c>rules/default@sha256:…</c>), or null while none loaded.</param>
/// <param name="Hash">The active version's content hash.</param>
/// <param name="ActiveSince">When the active version was loaded.</param>
/// <param name="FromCache">Whether it came from the disk cache rather than a compile.</param>
/// <param name="Rules">Its rules.</param>
/// <param name="Errors">Why the latest attempt did not load (the active version, if any, stays); empty when it did.</param>
/// <param name="FailedHash">The content hash of the version that failed.</param>
/// <param name="LastAttemptAt">When the pack was last (re)loaded or tried.</param>
internal sealed record RulePackStatus(
    string Name, string Origin, int Order, string? Evaluator, string? Hash, DateTimeOffset? ActiveSince, bool FromCache,
    IReadOnlyList<RuleSummary> Rules, IReadOnlyList<RuleDiagnostic> Errors, string? FailedHash, DateTimeOffset? LastAttemptAt)
{
    /// <summary>Whether the latest attempt failed.</summary>
    public bool HasErrors => Errors.Count > 0;
}
