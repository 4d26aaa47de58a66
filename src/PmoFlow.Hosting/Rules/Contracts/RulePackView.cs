namespace PmoFlow.Hosting.Rules;

/// <summary>A rule pack in force: its active version and rules, and the last load that failed, if the latest did.</summary>
/// <param name="Name">The pack's name (<c>default</c>).</param>
/// <param name="Origin">Where its files come from (a folder, or embedded in PmoFlow).</param>
/// <param name="Order">Lower is asked first: the first pack with rules for a gate decides it.</param>
/// <param name="State">Active, active with a failed newer edit, or failed.</param>
/// <param name="Hash">The active version's content hash (SHA-256 of its files), or null when none is active.</param>
/// <param name="Evaluator">The active version as gate evaluations cite it (<c>rules/default@sha256:…</c>).</param>
/// <param name="ActiveSince">When the active version was loaded.</param>
/// <param name="FromCache">Whether the active version came from the disk cache rather than a compile.</param>
/// <param name="Rules">The active version's rules.</param>
/// <param name="LastLoadErrors">Why the latest load failed, at file, line and column; empty when it succeeded.</param>
/// <param name="FailedHash">The content hash of the version that failed to load, if the latest did.</param>
/// <param name="LastAttemptAt">When the pack was last loaded or tried.</param>
public sealed record RulePackView(string Name, string Origin, int Order, RulePackState State, string? Hash, string? Evaluator, DateTimeOffset? ActiveSince,
    bool FromCache, IReadOnlyList<RuleView> Rules, IReadOnlyList<RuleDiagnosticView> LastLoadErrors, string? FailedHash, DateTimeOffset? LastAttemptAt);
