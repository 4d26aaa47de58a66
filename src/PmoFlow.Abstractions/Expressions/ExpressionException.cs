namespace PmoFlow.Abstractions.Expressions;

/// <summary>An expression failed to compile, failed while running, or exceeded a limit.</summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates an exception without position.</summary>
    public ExpressionException(string message) : base(message) { }

    /// <summary>Creates an exception wrapping the failure raised by the expression.</summary>
    public ExpressionException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates an exception for compile problems.</summary>
    public ExpressionException(string message, IReadOnlyList<ExpressionDiagnostic> diagnostics) : base(message)
        => Diagnostics = diagnostics;

    /// <summary>Compile problems, when the expression did not compile.</summary>
    public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; } = [];

    /// <summary>Whether the expression was stopped by a statement, time, memory or recursion limit.</summary>
    public bool IsLimitExceeded { get; init; }
}
