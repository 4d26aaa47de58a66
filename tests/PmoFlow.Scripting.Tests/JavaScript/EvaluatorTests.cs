using System.Diagnostics;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript;

namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class EvaluatorTests
{
    [Fact]
    public void ExpressionType_IsJavaScript() => Assert.Equal("JavaScript", JsTest.CreateEvaluator().ExpressionType);

    [Fact]
    public void Evaluate_SameSource_ParsedOnce()
    {
        var evaluator = JsTest.CreateEvaluator();
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(i + 1, evaluator.Eval("getCounter() + 1", new FakeExpressionContext().WithVariable("Counter", i)));
        }

        Assert.Empty(evaluator.Check("getCounter() + 1", ExpressionShape.Empty));
        Assert.Equal(1, evaluator.ParseCount);
        Assert.Equal(1, evaluator.CachedSourceCount);
        evaluator.Eval("2");
        Assert.Equal(2, evaluator.ParseCount);
    }

    [Fact]
    public void Evaluate_InvalidSource_CachedToo()
    {
        var evaluator = JsTest.CreateEvaluator();
        evaluator.Fails("1 +");
        evaluator.Fails("1 +");
        Assert.NotEmpty(evaluator.Check("1 +", ExpressionShape.Empty));
        Assert.Equal(1, evaluator.ParseCount);
    }

    [Fact]
    public async Task Evaluate_InParallelWithDifferentContexts_IsolatesState()
    {
        var evaluator = JsTest.CreateEvaluator();
        const string source = """
            let total = 0;
            const items = [];
            for (let i = 0; i < getCounter(); i++) { items.push(i); total += i; }
            var seen = typeof leaked === 'undefined';
            leaked = getCounter();
            setResult(total);
            ({ n: getCounter(), total, seen, joined: items.join('') })
            """;
        var tasks = Enumerable.Range(0, 64).Select(n => Task.Run(() =>
        {
            var context = new FakeExpressionContext().WithVariable("Counter", n % 10).WithVariable("Result", null);
            var result = (Dictionary<string, object?>)evaluator.Eval(source, context)!;
            return (n, result, context);
        })).ToArray();

        foreach (var (n, result, context) in await Task.WhenAll(tasks))
        {
            int count = n % 10;
            int expected = count * (count - 1) / 2;
            Assert.Equal(count, result["n"]);
            Assert.Equal(expected, result["total"]);
            Assert.Equal(true, result["seen"]);
            Assert.Equal(string.Concat(Enumerable.Range(0, count)), result["joined"]);
            Assert.Equal(expected, context.Variables["Result"]);
        }

        Assert.Equal(1, evaluator.ParseCount);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<OptionsValidationException>(() => JsTest.CreateEvaluator(o => o.MaxStatements = 0));
    }

    [Theory]
    [InlineData(0, 1, 1, 1, "MaxStatements")]
    [InlineData(1, 0, 1, 1, "Timeout")]
    [InlineData(1, 1, -1, 1, "MaxMemoryBytes")]
    [InlineData(1, 1, 1, 0, "MaxRecursionDepth")]
    public void Validator_NonPositiveLimit_Fails(long statements, int timeoutMs, long memory, int depth, string expected)
    {
        var options = new JavaScriptOptions
        {
            MaxStatements = statements,
            Timeout = TimeSpan.FromMilliseconds(timeoutMs),
            MaxMemoryBytes = memory,
            MaxRecursionDepth = depth,
        };
        var result = new JavaScriptOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_MatchDocumentation()
    {
        var options = new JavaScriptOptions();
        Assert.Equal("PmoFlow:JavaScript", JavaScriptOptions.SectionName);
        Assert.Equal(100_000, options.MaxStatements);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Timeout);
        Assert.Equal(32L * 1024 * 1024, options.MaxMemoryBytes);
        Assert.Equal(256, options.MaxRecursionDepth);
        Assert.True(new JavaScriptOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Evaluate_RealisticWorkflowScript_Works()
    {
        var context = new FakeExpressionContext()
            .WithVariable("Orders", new List<object?>
            {
                new Dictionary<string, object?> { ["Id"] = "A", ["Amount"] = 120.5, ["Status"] = "open" },
                new Dictionary<string, object?> { ["Id"] = "B", ["Amount"] = 80, ["Status"] = "closed" },
                new Dictionary<string, object?> { ["Id"] = "C", ["Amount"] = 42.25, ["Status"] = "open" },
            })
            .WithVariable("Summary", null);
        const string source = """
            const open = getOrders().filter(o => o.Status === 'open');
            const total = open.reduce((sum, o) => sum + o.Amount, 0);
            setSummary({ count: open.length, total, ids: open.map(o => o.Id) });
            return `${open.length} open orders worth ${total.toFixed(2)}`;
            """;
        Assert.Equal("2 open orders worth 162.75", JsTest.Eval(source, context));
        var summary = Assert.IsType<Dictionary<string, object?>>(context.Variables["Summary"]);
        Assert.Equal(2, summary["count"]);
        Assert.Equal(162.75, summary["total"]);
        Assert.Equal(new List<object?> { "A", "C" }, summary["ids"]);
    }

    [Fact]
    public async Task Prepare_ValidSource_EvaluatesWithoutReparsing()
    {
        var evaluator = JsTest.CreateEvaluator();
        var prepared = evaluator.Prepare("getCounter() > 3", ExpressionShape.Empty);
        Assert.Equal(true, await prepared.EvaluateAsync(new FakeExpressionContext().WithVariable("Counter", 5)));
        Assert.Equal(false, await prepared.EvaluateAsync(new FakeExpressionContext().WithVariable("Counter", 1)));
        Assert.Equal(1, evaluator.ParseCount);
    }

    [Fact]
    public void Prepare_InvalidSource_ThrowsWithDiagnostics()
    {
        var ex = Assert.Throws<ExpressionException>(() => JsTest.CreateEvaluator().Prepare("1 +", ExpressionShape.Empty));
        Assert.Equal(1, Assert.Single(ex.Diagnostics).Line);
    }
}
