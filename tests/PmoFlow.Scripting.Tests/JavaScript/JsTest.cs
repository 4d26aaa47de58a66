using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript;

namespace PmoFlow.Scripting.Tests.JavaScript;

/// <summary>Shared helpers: build an evaluator with given options and evaluate synchronously.</summary>
internal static class JsTest
{
    public static JavaScriptEvaluator CreateEvaluator(Action<JavaScriptOptions>? configure = null, TimeProvider? timeProvider = null)
    {
        var options = new JavaScriptOptions();
        configure?.Invoke(options);
        return new JavaScriptEvaluator(Options.Create(options), timeProvider ?? new ManualTimeProvider(TimeSpan.Zero));
    }

    public static object? Eval(string source, IExpressionContext? context = null) =>
        CreateEvaluator().EvaluateAsync(source, context ?? new FakeExpressionContext()).AsTask().GetAwaiter().GetResult();

    public static object? Eval(this JavaScriptEvaluator evaluator, string source, IExpressionContext? context = null) =>
        evaluator.EvaluateAsync(source, context ?? new FakeExpressionContext()).AsTask().GetAwaiter().GetResult();

    public static ExpressionException Fails(string source, IExpressionContext? context = null) =>
        Assert.Throws<ExpressionException>(() => Eval(source, context));

    public static ExpressionException Fails(this JavaScriptEvaluator evaluator, string source, IExpressionContext? context = null) =>
        Assert.Throws<ExpressionException>(() => evaluator.Eval(source, context));
}
