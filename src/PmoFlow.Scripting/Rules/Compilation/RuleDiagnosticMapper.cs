using System.Globalization;
using Microsoft.CodeAnalysis;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// Maps positions in a generated rule tree to the rule file. The body is under a <c>#line</c> directive; anything in
/// the generated wrapper (a brace the body left open, say) is reported at the end of the file, where the body ends.
/// </summary>
internal sealed class RuleDiagnosticMapper(SyntaxTree tree, RuleHeader header, RuleFile file)
{
    public RuleDiagnostic? Map(Diagnostic diagnostic)
    {
        var isError = diagnostic.Severity == DiagnosticSeverity.Error;
        var (line, column, inBody) = Position(diagnostic.Location);
        // Warnings about the generated wrapper are the engine's business, not the author's.
        if (!inBody && !isError) return null;
        return new RuleDiagnostic(file.Name, line, column, diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture), isError);
    }

    public RuleDiagnostic At(SyntaxNode node, string code, string message)
    {
        var (line, column, _) = Position(node.GetLocation());
        return new RuleDiagnostic(file.Name, line, column, code, message);
    }

    private (int Line, int Column, bool InBody) Position(Location location)
    {
        if (location.SourceTree != tree) return (header.BodyLine, 1, false);
        var start = location.SourceSpan.Start;
        var mapped = location.GetMappedLineSpan();
        if (!Hidden(start) && mapped.HasMappedPath)
            return (mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1, true);
        return Hidden(start) ? (LastLine(), 1, false) : (header.BodyLine, 1, false);
    }

    private bool Hidden(int position) => tree.GetLineVisibility(position) == LineVisibility.Hidden;

    private int LastLine()
    {
        var lines = file.Text.Split('\n');
        var last = lines.Length;
        while (last > 1 && string.IsNullOrWhiteSpace(lines[last - 1])) last--;
        return last;
    }
}
