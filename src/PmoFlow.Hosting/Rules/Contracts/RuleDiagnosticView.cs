namespace PmoFlow.Hosting.Rules;

/// <summary>A problem in a rule file, at its line and column (1-based), as compilers report them.</summary>
/// <param name="File">The file within the pack (<c>value-delivery.csx</c>).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">The compiler's code (<c>CS0103</c>) or the rule engine's (<c>PMOR0200</c>: not allowed in governance rules).</param>
/// <param name="Severity"><c>error</c> (the pack does not load) or <c>warning</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RuleDiagnosticView(string File, int Line, int Column, string Code, string Severity, string Message)
{
    /// <summary>Whether it keeps the pack from loading.</summary>
    public bool IsError => Severity == "error";

    /// <summary><c>value-delivery.csx(4,9): error PMOR0200: System.IO.File is not allowed in governance rules</c>.</summary>
    public string Text => $"{File}({Line},{Column}): {Severity} {Code}: {Message}";

    /// <inheritdoc cref="Text"/>
    public override string ToString() => Text;
}
