using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>What checking a pack found: its rules, and every error and warning at its file, line and column.</summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Rules">The rules whose headers read.</param>
/// <param name="Diagnostics">Errors and warnings.</param>
internal sealed record RuleCheckResult(string Pack, string Hash, IReadOnlyList<RuleSummary> Rules, IReadOnlyList<RuleDiagnostic> Diagnostics)
{
    /// <summary>Whether the pack would load.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
