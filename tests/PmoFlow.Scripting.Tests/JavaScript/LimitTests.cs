namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class LimitTests
{
    [Fact]
    public void Evaluate_InfiniteLoop_StopsAtStatementLimit()
    {
        var ex = JsTest.Fails("while(true){}");
        Assert.True(ex.IsLimitExceeded);
        Assert.Equal("JavaScript exceeded its statement limit (100000 statements) at line 1, column 1", ex.Message);
    }

    [Fact]
    public void Evaluate_StatementLimit_CountsLoopIterationsAndStatements()
    {
        var evaluator = JsTest.CreateEvaluator(o => o.MaxStatements = 50);
        Assert.Equal(20, evaluator.Eval("var n = 0; for (var i = 0; i < 20; i++) n++; n"));
        var ex = evaluator.Fails("var n = 0;\nfor (var i = 0; i < 100; i++) n++;");
        Assert.True(ex.IsLimitExceeded);
        Assert.Contains("statement limit (50 statements) at line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StatementLimit_CannotBeCaughtByScript()
    {
        var ex = JsTest.CreateEvaluator(o => o.MaxStatements = 1000).Fails("try { for (;;) {} } catch (e) { 'swallowed' } finally { 'ignored' }");
        Assert.True(ex.IsLimitExceeded);
    }

    [Fact]
    public void Evaluate_TimeLimit_UsesTimeProvider()
    {
        // Every clock read advances virtual time by a second, so the first periodic check is over a 2 s limit.
        var time = new ManualTimeProvider(TimeSpan.FromSeconds(1));
        var evaluator = JsTest.CreateEvaluator(o => o.MaxStatements = long.MaxValue, time);
        var ex = evaluator.Fails("let i = 0; while (true) { i++; }");
        Assert.True(ex.IsLimitExceeded);
        Assert.StartsWith("JavaScript exceeded its time limit (2 s) at line 1", ex.Message, StringComparison.Ordinal);
        Assert.InRange(time.TimestampReads, 2, 10);
    }

    [Fact]
    public void Evaluate_TimeLimit_NotHitByShortScripts()
    {
        var time = new ManualTimeProvider(TimeSpan.FromMilliseconds(100));
        Assert.Equal(4950, JsTest.CreateEvaluator(timeProvider: time).Eval("let s = 0; for (let i = 0; i < 100; i++) s += i; s"));
    }

    [Fact]
    public void Evaluate_GrowingString_StopsAtMemoryLimit()
    {
        var evaluator = JsTest.CreateEvaluator(o => o.MaxMemoryBytes = 1024 * 1024);
        var ex = evaluator.Fails("let s = 'x'; while (true) { s = s + s; }");
        Assert.True(ex.IsLimitExceeded);
        Assert.StartsWith("JavaScript exceeded its memory limit (1048576 bytes)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GrowingArray_StopsAtMemoryLimit()
    {
        var evaluator = JsTest.CreateEvaluator(o => (o.MaxMemoryBytes, o.MaxStatements) = (1024 * 1024, 10_000_000));
        Assert.True(evaluator.Fails("const a = []; while (true) { a.push(1, 2, 3, 4); }").IsLimitExceeded);
        Assert.True(evaluator.Fails("new Array(10000000)").IsLimitExceeded);
        Assert.True(evaluator.Fails("'abc'.repeat(100000000)").IsLimitExceeded);
        Assert.True(evaluator.Fails("const o = {}; for (let i = 0; ; i++) o['k' + i] = i;").IsLimitExceeded);
    }

    [Fact]
    public void Evaluate_DeepRecursion_StopsAtRecursionLimit()
    {
        var ex = JsTest.Fails("function f(n) { return f(n + 1); }\nf(0)");
        Assert.True(ex.IsLimitExceeded);
        Assert.StartsWith("JavaScript exceeded its recursion depth limit (256 nested calls)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(200, JsTest.Eval("function f(n) { return n == 0 ? 0 : 1 + f(n - 1); } f(200)"));
    }

    [Fact]
    public void Evaluate_HugeRecursionLimit_StillNeverOverflowsTheStack()
    {
        var evaluator = JsTest.CreateEvaluator(o => (o.MaxRecursionDepth, o.MaxStatements) = (int.MaxValue, long.MaxValue));
        var ex = evaluator.Fails("function f(n) { return [n].map(x => f(x + 1))[0]; } f(0)");
        Assert.True(ex.IsLimitExceeded);
        Assert.Contains("recursion depth limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedSource_IsSyntaxErrorNotCrash()
    {
        Assert.NotEmpty(JsTest.CreateEvaluator().Check(new string('(', 100_000) + "1" + new string(')', 100_000), Abstractions.Expressions.ExpressionShape.Empty));
        Assert.NotEmpty(JsTest.CreateEvaluator().Check(string.Concat(Enumerable.Repeat("1 + ", 100_000)) + "1", Abstractions.Expressions.ExpressionShape.Empty));
        Assert.NotEmpty(JsTest.CreateEvaluator().Check(new string('[', 50_000), Abstractions.Expressions.ExpressionShape.Empty));
        Assert.NotEmpty(JsTest.CreateEvaluator().Check(string.Concat(Enumerable.Repeat("a.", 100_000)) + "b", Abstractions.Expressions.ExpressionShape.Empty));
    }

    [Fact]
    public void Evaluate_DeeplyNestedData_FailsCleanly()
    {
        var evaluator = JsTest.CreateEvaluator(o => o.MaxStatements = 1_000_000);
        Assert.False(evaluator.Fails("let a = []; for (let i = 0; i < 100000; i++) a = [a]; JSON.stringify(a)").IsLimitExceeded);
        Assert.True(evaluator.Fails("let a = []; for (let i = 0; i < 100000; i++) a = [a]; String(a)").IsLimitExceeded);
        Assert.Contains("nested", evaluator.Fails("let a = []; for (let i = 0; i < 100000; i++) a = [a]; a").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var evaluator = JsTest.CreateEvaluator(o => o.MaxStatements = long.MaxValue);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => evaluator.EvaluateAsync("1", new FakeExpressionContext(), cts.Token).AsTask());
    }

    [Fact]
    public async Task EvaluateAsync_CancelledWhileRunning_StopsLoop()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var evaluator = JsTest.CreateEvaluator(o => o.MaxStatements = long.MaxValue);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => evaluator.EvaluateAsync("while (true) {}", new FakeExpressionContext(), cts.Token).AsTask()));
    }
}
