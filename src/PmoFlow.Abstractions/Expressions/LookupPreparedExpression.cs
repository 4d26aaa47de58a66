namespace PmoFlow.Abstractions.Expressions;

/// <summary>The default prepared expression: evaluates by source through the evaluator's own cache.</summary>
internal sealed class LookupPreparedExpression(IExpressionEvaluator evaluator, string source) : IPreparedExpression
{
    public ValueTask<object?> EvaluateAsync(IExpressionContext context, CancellationToken cancellationToken = default) =>
        evaluator.EvaluateAsync(source, context, cancellationToken);
}
