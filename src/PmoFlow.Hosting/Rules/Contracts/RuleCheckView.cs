namespace PmoFlow.Hosting.Rules;

/// <summary>A pack compiled and checked against the allow-list without running anything.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Rules">The rules whose headers read.</param>
/// <param name="Diagnostics">Every error and warning, by file and position.</param>
public sealed record RuleCheckView(string Pack, string Hash, IReadOnlyList<RuleView> Rules, IReadOnlyList<RuleDiagnosticView> Diagnostics)
{
    /// <summary>Whether the pack would load: no errors (warnings do not stop a pack).</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
