using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Abstractions.Rules;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.JavaScript;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Benchmarks.Rules;

// One gate rule (onboarding.csx: share onboarded, CSAT, the snapshot reads), four ways: as hand-written C# (the
// baseline), compiled from the .csx into a collectible context with the budget checks injected (goal: within 1.2×
// of hand-written), as an Elsa-style CSharpScript run through a ScriptRunner, and in JavaScript through PmoFlow's
// own interpreter. All read the same data; the rule-pack variants run inside the evaluation budget they need.
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private RuleContext _context = null!;
    private Func<RuleGlobals> _compiled = null!;
    private RulePackVersion _version = null!;
    private IPreparedExpression _javaScript = null!;
    private JavaScriptOnboarding _javaScriptData = null!;

    [GlobalSetup]
    public void Setup()
    {
        var gate = RuleBenchmarkData.Onboarding();
        _context = RuleContextMapper.Map(gate, new Dictionary<string, decimal>());
        var source = RuleBenchmarkData.DefaultPack();
        var compiled = new RulePackCompiler().Compile(source, warnings: false);
        _version = RulePackVersion.Load(source, compiled.Rules, compiled.Image, fromCache: false, DateTimeOffset.UtcNow);
        _compiled = _version.RulesFor("gate-5-6").Single().Create;
        ScriptedRule.Compile(RuleBenchmarkData.OnboardingBody());
        var evaluator = new JavaScriptEvaluator(Options.Create(new JavaScriptOptions()), TimeProvider.System);
        _javaScriptData = new JavaScriptOnboarding(gate);
        _javaScript = evaluator.Prepare(JavaScriptOnboarding.Source, JavaScriptOnboarding.ShapeOf);

        // Every variant must decide the same: same observations, same outcome.
        var expected = Observed((RuleGlobals)HandWritten());
        ExpressionCheck.Expect(expected, Observed((RuleGlobals)Compiled()), "the compiled rule");
        ExpressionCheck.Expect(expected, Observed((RuleGlobals)Scripted()), "the CSharpScript rule");
        var js = (Dictionary<string, object?>)JavaScript()!;
        ExpressionCheck.Expect(expected, string.Join(" | ", ((List<object?>)js["clauses"]!).Cast<Dictionary<string, object?>>().Select(c => c["observed"])), "the JavaScript rule");
    }

    [GlobalCleanup]
    public void Cleanup() => _version.Release();

    [Benchmark(Baseline = true)]
    public object HandWritten()
    {
        var rule = new HandWrittenOnboarding();
        rule.Run(_context);
        return rule;
    }

    [Benchmark]
    public object Compiled()
    {
        using (RuleRuntime.Begin(RuleLimits.Default, TimeProvider.System))
        {
            var rule = _compiled();
            rule.Run(_context);
            return rule;
        }
    }

    [Benchmark]
    public object Scripted()
    {
        var rule = new ScriptedRule();
        rule.Run(_context);
        return rule;
    }

    [Benchmark]
    public object? JavaScript() => _javaScript.EvaluateAsync(_javaScriptData).GetAwaiter().GetResult();

    private static string Observed(RuleGlobals rule) => string.Join(" | ", rule.Clauses.Select(c => c.Observed));
}
