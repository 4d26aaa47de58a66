namespace PmoFlow.Hosting.Rules;

/// <summary>A pack's stored test cases run against it, or the diagnostics that kept it from loading.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Diagnostics">Why the pack did not load, if it did not.</param>
/// <param name="Cases">One row per case (a test file that does not read is a failing row of its own).</param>
public sealed record RuleTestRunView(string Pack, string Hash, IReadOnlyList<RuleDiagnosticView> Diagnostics, IReadOnlyList<RuleTestCaseView> Cases)
{
    /// <summary>How many cases passed.</summary>
    public int Passed => Cases.Count(c => c.Passed);

    /// <summary>How many failed.</summary>
    public int Failed => Cases.Count(c => !c.Passed);

    /// <summary>Whether the pack loaded and every case passed.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError) && Failed == 0;
}
