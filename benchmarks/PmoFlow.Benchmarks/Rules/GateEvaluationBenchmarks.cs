using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Gates.BuiltIn;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Benchmarks.Rules;

// A whole gate evaluation as the engine makes it (gate 5→6): the built-in C# rules against the default rule pack,
// which also maps the context for the rules, leases the pack version and writes the replayable snapshot.
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class GateEvaluationBenchmarks
{
    private readonly BuiltInGateEvaluator _builtIn = new();
    private GateContext _context = null!;
    private RulePackRegistry _registry = null!;
    private RulePackGateEvaluator _pack = null!;

    [GlobalSetup]
    public void Setup()
    {
        _context = RuleBenchmarkData.Onboarding();
        var options = Options.Create(new RuleOptions { CacheFolder = null });
        var loader = new RulePackLoader(new RulePackCompiler(), new RulePackCache(null), TimeProvider.System, NullLogger<RulePackLoader>.Instance);
        _registry = new RulePackRegistry([new FixedPack()], loader, options, TimeProvider.System, NullLogger<RulePackRegistry>.Instance);
        _pack = new RulePackGateEvaluator(_registry, options, TimeProvider.System, NullLogger<RulePackGateEvaluator>.Instance);
        ExpressionCheck.Expect(_builtIn.Evaluate(_context).Outcome, _pack.Evaluate(_context).Outcome, "the default pack");
    }

    [GlobalCleanup]
    public void Cleanup() => _registry.Dispose();

    [Benchmark(Baseline = true)]
    public GateEvaluation BuiltIn() => _builtIn.Evaluate(_context);

    [Benchmark]
    public GateEvaluation DefaultPack() => _pack.Evaluate(_context);

    private sealed class FixedPack : IRulePackProvider
    {
        public string Name => "default";

        public string Origin => "benchmark";

        public int Order => 0;

        public bool IsEnabled => true;

        public string? WatchFolder => null;

        public PmoFlow.Scripting.Rules.Sources.RulePackSource Read() => RuleBenchmarkData.DefaultPack();
    }
}
