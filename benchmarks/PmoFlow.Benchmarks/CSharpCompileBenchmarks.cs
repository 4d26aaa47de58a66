using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Benchmarks;

// Compares compiling a new C# expression in a fresh process (cold: Roslyn loads and JITs, DESIGN.md §4 says
// 1.4–1.6 s) with compiling a new, distinct expression once Roslyn is warm (baseline job). Each operation
// compiles a source no one compiled before, so the cache never answers. Warm gets more warm-up: Roslyn
// keeps getting faster for ~100 compiles while tiered JIT promotes its code.
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 6, iterationCount: 8, id: "Warm", baseline: true)]
[MemoryDiagnoser]
public class CSharpCompileBenchmarks
{
    private CSharpEvaluator _evaluator = null!;
    private int _next;

    // Creating the evaluator touches no Roslyn type, so the cold job's first operation pays all of Roslyn's start-up.
    [GlobalSetup]
    public void Setup() => _evaluator = new CSharpEvaluator(Options.Create(new CSharpExpressionOptions()));

    [Benchmark]
    public IPreparedExpression CompileNew()
    {
        var source = "return Variables.Counter > " + (++_next).ToString(CultureInfo.InvariantCulture) + ";";
        return _evaluator.Prepare(source, DictionaryExpressionContext.CounterShape);
    }
}
