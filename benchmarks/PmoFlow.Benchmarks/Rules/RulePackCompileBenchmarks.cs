using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Benchmarks.Rules;

// Compiling a 50-rule pack (the ten default rules five times over, each copy on its own gates): the first compile
// in a fresh process (cold: Roslyn loads and JITs) and a new pack once Roslyn is warm. Each operation compiles
// sources no one compiled before, the path a hot reload takes (allow-list, budget injection, emit with PDB).
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 6, iterationCount: 8, id: "Warm", baseline: true)]
[MemoryDiagnoser]
public class RulePackCompileBenchmarks
{
    private RulePackCompiler _compiler = null!;
    private IReadOnlyList<RuleFile> _defaults = null!;
    private int _next;

    // Reading the files touches no Roslyn type, so the cold job's first operation pays all of Roslyn's start-up.
    [GlobalSetup]
    public void Setup()
    {
        _compiler = new RulePackCompiler();
        _defaults = RuleBenchmarkData.DefaultPack().Files;
    }

    [Benchmark]
    public int CompileFiftyRules()
    {
        var version = (++_next).ToString(CultureInfo.InvariantCulture);
        var files = Enumerable.Range(0, 5).SelectMany(copy => _defaults.Select(f => f with
        {
            Name = $"c{copy}-{f.Name}",
            Text = f.Text.Replace("// rule: ", $"// rule: c{copy}-", StringComparison.Ordinal)
                .Replace("// gates: gate-", $"// gates: copy{copy}-gate-", StringComparison.Ordinal)
                .Replace("// version: 1", "// version: " + version, StringComparison.Ordinal),
        }));
        var result = _compiler.Compile(new RulePackSource("fifty", "benchmark", files), warnings: false);
        return result.Succeeded && result.Rules.Count == 50 ? result.Image!.Assembly.Length : throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
