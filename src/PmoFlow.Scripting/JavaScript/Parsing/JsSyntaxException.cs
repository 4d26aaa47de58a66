namespace PmoFlow.Scripting.JavaScript.Parsing;

/// <summary>Raised inside the lexer and parser; the evaluator turns it into a diagnostic.</summary>
internal sealed class JsSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
