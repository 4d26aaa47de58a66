using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript;

/// <summary>A JavaScript expression already parsed; each evaluation still gets its own interpreter.</summary>
internal sealed class PreparedJavaScript(JavaScriptEvaluator evaluator, ProgramNode program) : IPreparedExpression
{
    public ValueTask<object?> EvaluateAsync(IExpressionContext context, CancellationToken cancellationToken = default) =>
        evaluator.Run(program, context, cancellationToken);
}
