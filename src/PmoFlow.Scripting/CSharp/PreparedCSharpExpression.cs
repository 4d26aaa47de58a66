using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>A compiled C# expression held by its caller: evaluating it is one delegate call, no cache lookup.</summary>
internal sealed class PreparedCSharpExpression(Func<IExpressionContext, object?> invoke) : IPreparedExpression
{
    public ValueTask<object?> EvaluateAsync(IExpressionContext context, CancellationToken cancellationToken = default) => Run(invoke, context);

    public static ValueTask<object?> Run(Func<IExpressionContext, object?> invoke, IExpressionContext context)
    {
        try
        {
            return ValueTask.FromResult(invoke(context));
        }
#pragma warning disable CA1031 // Whatever user code throws is reported the same way, with the original as inner exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            throw new ExpressionException($"C# expression failed: {exception.Message}", exception);
        }
    }
}
