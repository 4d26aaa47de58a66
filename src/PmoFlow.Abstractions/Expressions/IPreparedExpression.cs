namespace PmoFlow.Abstractions.Expressions;

/// <summary>An expression compiled for one shape, ready to evaluate against contexts of that shape.</summary>
public interface IPreparedExpression
{
    /// <summary>Evaluates the expression.</summary>
    /// <exception cref="ExpressionException">It failed while running, or exceeded a limit.</exception>
    ValueTask<object?> EvaluateAsync(IExpressionContext context, CancellationToken cancellationToken = default);
}
