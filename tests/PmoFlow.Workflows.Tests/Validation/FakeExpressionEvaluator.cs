using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>
/// Stands in for the real CSharp/JavaScript evaluators: <c>BOOM</c> in a source is an error and <c>MEH</c> a
/// warning, reported at the marker's 1-based line and column, and <c>THROW</c> makes Check throw, so these
/// tests do not depend on a compiler.
/// </summary>
internal sealed class FakeExpressionEvaluator(string expressionType) : IExpressionEvaluator
{
    public string ExpressionType { get; } = expressionType;

    public List<(string Source, ExpressionShape Shape)> Checked { get; } = [];

    public IReadOnlyList<ExpressionDiagnostic> Check(string source, ExpressionShape shape)
    {
        Checked.Add((source, shape));
        if (source.Contains("THROW", StringComparison.Ordinal)) throw new ExpressionException("the evaluator gave up");
        return [.. Find(source, "BOOM", "'BOOM' is not defined", isError: true), .. Find(source, "MEH", "'MEH' is discouraged", isError: false)];
    }

    public ValueTask<object?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The fake evaluator only checks.");

    private static IEnumerable<ExpressionDiagnostic> Find(string source, string marker, string message, bool isError)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (column >= 0) yield return new ExpressionDiagnostic(message, i + 1, column + 1, isError);
        }
    }
}
