namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>A problem found in a rule file, at its own line and column (1-based), as compilers print them.</summary>
/// <param name="File">The file within the pack.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Code">The compiler's code (<c>CS0103</c>) or the rule engine's (<c>PMOR…</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="IsError">Whether it stops the pack from loading; warnings only inform.</param>
internal sealed record RuleDiagnostic(string File, int Line, int Column, string Code, string Message, bool IsError = true)
{
    /// <summary><c>value-delivery.csx(4,9): error PMOR0200: System.IO.File is not allowed in governance rules</c>.</summary>
    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
