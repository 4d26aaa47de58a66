namespace PmoFlow.Abstractions.Expressions;

/// <summary>
/// Compiles and evaluates one language of workflow expression (Elsa's <c>expression.type</c>, such as
/// <c>CSharp</c> or <c>JavaScript</c>). Implementations compile each distinct source once and cache it.
/// </summary>
public interface IExpressionEvaluator
{
    /// <summary>The Elsa expression type this evaluator handles, for example <c>CSharp</c>.</summary>
    string ExpressionType { get; }

    /// <summary>
    /// Compiles <paramref name="source"/> without running it and returns every problem found, with positions
    /// relative to the source (1-based line and column). An empty list means the source compiles.
    /// </summary>
    /// <param name="source">The expression or script body.</param>
    /// <param name="shape">The variables and inputs the expression can see.</param>
    IReadOnlyList<ExpressionDiagnostic> Check(string source, ExpressionShape shape);

    /// <summary>Evaluates <paramref name="source"/> against <paramref name="context"/>.</summary>
    /// <param name="source">The expression or script body.</param>
    /// <param name="context">What the expression can read and write.</param>
    /// <param name="cancellationToken">Cancels the evaluation where the language allows it.</param>
    /// <returns>The expression's value, converted to plain .NET values (string, numbers, bool, lists, dictionaries).</returns>
    /// <exception cref="ExpressionException">The source does not compile, or it failed or exceeded a limit while running.</exception>
    ValueTask<object?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compiles <paramref name="source"/> for contexts of <paramref name="shape"/> once and returns a handle that
    /// evaluates it without looking the source up again: the runtime keeps one per activity input, so a
    /// compiled expression costs about what a hand-written delegate does. By default the handle looks the source
    /// up on every call.
    /// </summary>
    /// <exception cref="ExpressionException">The source does not compile.</exception>
    IPreparedExpression Prepare(string source, ExpressionShape shape) => new LookupPreparedExpression(this, source);
}
