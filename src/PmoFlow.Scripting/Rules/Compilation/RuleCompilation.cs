using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>What compiling a pack produced: its rules and, when it compiled, the assembly image; otherwise the errors.</summary>
/// <param name="Source">The pack.</param>
/// <param name="Rules">The rules, in file order; rule <c>i</c> is the generated type <c>Rule{i}</c>.</param>
/// <param name="Diagnostics">Errors and warnings, at the rule files' own lines and columns.</param>
/// <param name="Image">The emitted assembly and its PDB, or null when the pack has errors (or no rules).</param>
internal sealed record RuleCompilation(RulePackSource Source, IReadOnlyList<RuleHeader> Rules, IReadOnlyList<RuleDiagnostic> Diagnostics, RuleImage? Image)
{
    /// <summary>Whether the pack can load: no errors.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public IEnumerable<RuleDiagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
