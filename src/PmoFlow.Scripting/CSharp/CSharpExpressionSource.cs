using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// One user expression wrapped as a method of its shape's globals class, and the mapping of compiler
/// positions back to the user's text.
/// </summary>
internal sealed class CSharpExpressionSource
{
    private CSharpExpressionSource(int index, string source, CSharpShapeGlobals shape, SyntaxTree tree, int userStart)
    {
        Index = index;
        Source = source;
        Shape = shape;
        Tree = tree;
        UserStart = userStart;
    }

    public int Index { get; }

    public string Source { get; }

    public CSharpShapeGlobals Shape { get; }

    public SyntaxTree Tree { get; }

    /// <summary>Where the user's text starts in <see cref="Tree"/>; it always starts a line, so columns need no shift.</summary>
    public int UserStart { get; }

    public string RunMethod => "__Run" + Index.ToString(CultureInfo.InvariantCulture);

    public static CSharpExpressionSource Create(int index, string source, CSharpShapeGlobals shape, CSharpParseOptions options)
    {
        var run = "__Run" + index.ToString(CultureInfo.InvariantCulture);
        var body = "__Body" + index.ToString(CultureInfo.InvariantCulture);
        var prefix = $$"""
            namespace {{CSharpGlobalsSource.Namespace}};

            partial class {{shape.ClassName}}
            {
                public static object {{run}}(global::PmoFlow.Abstractions.Expressions.IExpressionContext context) => new {{shape.ClassName}}(context).{{body}}();

                private object {{body}}()
                {

            """;

        // Elsa accepts both `Variables.Counter > 3` and `return Variables.Counter > 3;`. A lone expression
        // becomes the return value; a statement body that falls off its end returns null.
        var (head, tail) = IsLoneExpression(source, options) ? ("return\n", "\n;\n") : ("", "\nreturn null;\n");
        var text = prefix + head + source + tail + "    }\n}\n";
        return new(index, source, shape, CSharpSyntaxTree.ParseText(text, options), prefix.Length + head.Length);
    }

    /// <summary>Maps a compiler diagnostic in this expression's tree (or elsewhere) to the user's line and column.</summary>
    public ExpressionDiagnostic Map(Diagnostic diagnostic)
    {
        var offset = diagnostic.Location.SourceTree == Tree
            ? Math.Clamp(diagnostic.Location.SourceSpan.Start - UserStart, 0, Source.Length)
            : 0;
        var position = SourceText.From(Source).Lines.GetLinePosition(offset);
        return new ExpressionDiagnostic(
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            position.Line + 1,
            position.Character + 1,
            diagnostic.Severity == DiagnosticSeverity.Error,
            diagnostic.Id);
    }

    private static bool IsLoneExpression(string source, CSharpParseOptions options)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return false;
        }

        // ParseExpression reports an error when it cannot consume all of the input, e.g. `return x;` or `a; b`.
        var expression = SyntaxFactory.ParseExpression(source, options: options, consumeFullText: true);
        return !expression.ContainsDiagnostics;
    }
}
