using System.Runtime.CompilerServices;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Scripting.Tests.CSharp;

public sealed class CSharpEvaluatorCacheTests
{
    private readonly CSharpEvaluator _evaluator = CSharpEvaluatorFactory.Create();

    [Fact]
    public async Task Evaluate_SameSourceAndShape_CompilesOnce()
    {
        var first = new FakeExpressionContext().Variable("Counter", 1);
        var second = new FakeExpressionContext().Variable("Counter", 9);

        Assert.Equal(false, await _evaluator.EvaluateAsync("Variables.Counter > 3", first));
        Assert.Equal(true, await _evaluator.EvaluateAsync("Variables.Counter > 3", second));
        Assert.Empty(_evaluator.Check("Variables.Counter > 3", second.Shape));

        Assert.Equal(1, _evaluator.CompileCount);
    }

    [Fact]
    public async Task Evaluate_DifferentShape_CompilesSeparately()
    {
        var asInt = new FakeExpressionContext().Variable("Counter", 5);
        var asLong = new FakeExpressionContext().Variable("Counter", 5L);

        Assert.Equal(6, await _evaluator.EvaluateAsync("Variables.Counter + 1", asInt));
        Assert.Equal(6L, await _evaluator.EvaluateAsync("Variables.Counter + 1", asLong));

        Assert.Equal(2, _evaluator.CompileCount);
    }

    [Fact]
    public async Task Evaluate_ConcurrentFirstCalls_CompileOnce()
    {
        var context = new FakeExpressionContext().Variable("Counter", 4);
        using var start = new Barrier(8);

        // Dedicated threads: a barrier of eight on pool threads would wait for the pool to grow.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return _evaluator.EvaluateAsync("return Variables.Counter * 2;", context).AsTask().GetAwaiter().GetResult();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(results, r => Assert.Equal(8, r));
        Assert.Equal(1, _evaluator.CompileCount);
    }

    [Fact]
    public async Task Precompile_TwentyExpressions_CompilesOnce()
    {
        var context = new FakeExpressionContext().Variable("Counter", 1).Variable<object>("Name", "x");
        var expressions = Enumerable.Range(0, 20).Select(i => ($"return Variables.Counter + {i};", context.Shape)).ToList();

        _evaluator.Precompile(expressions);
        foreach (var (source, _) in expressions)
        {
            await _evaluator.EvaluateAsync(source, context);
        }

        Assert.Equal(1, _evaluator.CompileCount);
        Assert.Equal(20, _evaluator.CachedCount);
        Assert.Equal(20, await _evaluator.EvaluateAsync("return Variables.Counter + 19;", context));
    }

    [Fact]
    public void Clear_UnloadsLoadContext()
    {
        var weak = CompileAndGetLoadContext(_evaluator);

        _evaluator.Clear();

        Assert.False(WaitUntilCollected(weak));
        Assert.Equal(0, _evaluator.CachedCount);
    }

    [Fact]
    public async Task Evaluate_CacheFull_EvictsAndUnloadsLeastRecentlyUsed()
    {
        var evaluator = CSharpEvaluatorFactory.Create(maxCachedExpressions: 10);
        var oldest = CompileAndGetLoadContext(evaluator);
        var context = new FakeExpressionContext();
        for (var i = 1; i <= 10; i++)
        {
            Assert.Equal(i, await evaluator.EvaluateAsync($"{i}", context));
        }

        Assert.Equal(9, evaluator.CachedCount);
        Assert.Equal(11, evaluator.CompileCount);
        Assert.False(WaitUntilCollected(oldest));
    }

    [Fact]
    public void WarmUp_CachesNothing()
    {
        _evaluator.WarmUp();

        Assert.Equal(0, _evaluator.CachedCount);
        Assert.Equal(1, _evaluator.CompileCount);
    }

    private static bool WaitUntilCollected(WeakReference weak)
    {
        // An unloading context needs a few collections: finalizers release its handles in stages.
        for (var i = 0; weak.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return weak.IsAlive;
    }

    // Not inlined so no local in the test method keeps the delegate, the result or the context alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndGetLoadContext(CSharpEvaluator evaluator)
    {
        var context = new FakeExpressionContext().Variable("Counter", 7);
        var result = evaluator.EvaluateAsync("Variables.Counter > 3", context).AsTask().GetAwaiter().GetResult();
        Assert.Equal(true, result);
        return new WeakReference(evaluator.GetLoadContext("Variables.Counter > 3", context.Shape)
            ?? throw new InvalidOperationException("Not cached."));
    }
}
