namespace PmoFlow.Hosting.Rules;

/// <summary>A candidate pack evaluated against every live service's current gate, beside the rules in force.</summary>
/// <param name="Pack">The candidate's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Diagnostics">Why the candidate does not load, if it does not (then nothing was compared).</param>
/// <param name="Services">How many services were looked at.</param>
/// <param name="Compared">How many of them are at a gate the candidate has rules for (it would not decide the others).</param>
/// <param name="Changes">The services whose outcome the candidate would change, with both explanations.</param>
public sealed record RuleWhatIfView(string Pack, string Hash, IReadOnlyList<RuleDiagnosticView> Diagnostics, int Services, int Compared,
    IReadOnlyList<RuleWhatIfChangeView> Changes)
{
    /// <summary>Whether the candidate loaded (warnings aside).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
