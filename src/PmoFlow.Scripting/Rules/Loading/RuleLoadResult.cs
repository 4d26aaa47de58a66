using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>What loading a pack produced: a version to activate, or the diagnostics that kept it from loading.</summary>
/// <param name="Source">The pack as read.</param>
/// <param name="Version">The loaded version (with one lease, the caller's), or null when the pack has errors.</param>
/// <param name="Diagnostics">Errors and warnings at the rule files' lines and columns.</param>
/// <param name="Elapsed">How long the load took.</param>
internal sealed record RuleLoadResult(RulePackSource Source, RulePackVersion? Version, IReadOnlyList<RuleDiagnostic> Diagnostics, TimeSpan Elapsed)
{
    public bool Succeeded => Version is not null;
}
