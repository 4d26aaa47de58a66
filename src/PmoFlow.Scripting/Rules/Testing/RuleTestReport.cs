using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>A pack's stored test cases, run: one row per case, or the diagnostics that kept the pack from loading.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Diagnostics">Why it did not load, if it did not (warnings otherwise).</param>
/// <param name="Results">One row per case.</param>
internal sealed record RuleTestReport(string Pack, string Hash, IReadOnlyList<RuleDiagnostic> Diagnostics, IReadOnlyList<RuleTestResult> Results)
{
    public int PassedCount => Results.Count(r => r.Passed);

    public int FailedCount => Results.Count(r => !r.Passed) + (Diagnostics.Any(d => d.IsError) ? 1 : 0);

    public bool Succeeded => FailedCount == 0;
}
