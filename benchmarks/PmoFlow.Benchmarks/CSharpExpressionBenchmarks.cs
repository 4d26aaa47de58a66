using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Benchmarks;

// Compares evaluating the cached C# expression `return Variables.Counter > 3;` (prepared handle, and by source
// through the cache) with the equivalent hand-written lambda. Goal: prepared within 1.5× of the lambda.
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
[MemoryDiagnoser]
public class CSharpExpressionBenchmarks
{
    private const string Source = "return Variables.Counter > 3;";

    private readonly Func<IExpressionContext, object?> _lambda = c => (int)c.GetVariable("Counter")! > 3;
    private ServiceProvider _services = null!;
    private IExpressionEvaluator _evaluator = null!;
    private IPreparedExpression _prepared = null!;
    private DictionaryExpressionContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create();
        _evaluator = BenchmarkServices.Evaluator(_services, "CSharp");
        _context = DictionaryExpressionContext.WithCounter(5);
        _prepared = _evaluator.Prepare(Source, _context.Shape);
        ExpressionCheck.Expect(true, _prepared.EvaluateAsync(_context).AsTask().GetAwaiter().GetResult(), "prepared C#");
        ExpressionCheck.Expect(true, _lambda(_context), "lambda");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public object? Lambda() => _lambda(_context);

    [Benchmark]
    public object? Prepared() => _prepared.EvaluateAsync(_context).GetAwaiter().GetResult();

    [Benchmark]
    public object? BySource() => _evaluator.EvaluateAsync(Source, _context).GetAwaiter().GetResult();
}
