namespace PmoFlow.Abstractions.Expressions;

/// <summary>A problem found while compiling an expression.</summary>
/// <param name="Message">What is wrong, in the compiler's words.</param>
/// <param name="Line">1-based line within the expression source.</param>
/// <param name="Column">1-based column within the expression source.</param>
/// <param name="IsError">Whether the problem stops the expression from compiling.</param>
/// <param name="Code">The compiler's diagnostic code, such as <c>CS0103</c>, if it has one.</param>
public sealed record ExpressionDiagnostic(string Message, int Line, int Column, bool IsError = true, string? Code = null)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column}): {(Code is null ? "" : Code + ": ")}{Message}";
}
