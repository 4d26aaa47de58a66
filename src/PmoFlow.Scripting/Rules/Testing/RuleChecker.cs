using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>Checks a pack without activating it: headers, C# compile errors and the allow-list (<c>pmoflow rules check</c>).</summary>
internal sealed class RuleChecker(RulePackCompiler compiler)
{
    public RuleCheckResult Check(RulePackSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compiled = compiler.Compile(source);
        return new RuleCheckResult(source.Name, source.Hash,
            [.. compiled.Rules.Select(r => new RuleSummary(r.Id, r.File, r.Gates, r.Version, r.Description))], compiled.Diagnostics);
    }

    public RuleCheckResult CheckFolder(string folder, string? name = null) => Check(RuleFolder.Read(folder, name));
}
