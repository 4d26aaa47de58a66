using System.Globalization;

namespace PmoFlow.Workflows.Validation;

/// <summary>One problem found in a workflow definition, located by JSON path and, when the text is known, by position.</summary>
/// <param name="Severity">Whether the problem blocks the definition.</param>
/// <param name="Path">Where in the definition JSON (<c>$.root.connections[2]</c>).</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Line">1-based line in the JSON text, when known.</param>
/// <param name="Column">1-based column in the JSON text, when known.</param>
public sealed record ValidationMessage(ValidationSeverity Severity, string Path, string Message, long? Line = null, long? Column = null)
{
    /// <summary><c>PATH: message</c>, followed by <c> (line L, column C)</c> when the position is known.</summary>
    public override string ToString() =>
        Line is null
            ? $"{Path}: {Message}"
            : string.Create(CultureInfo.InvariantCulture, $"{Path}: {Message} (line {Line}, column {Column})");
}
