using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>The outcome of compiling one expression: a delegate to run, or the errors that stopped it.</summary>
internal sealed class CompiledExpression
{
    private CompiledExpression(Func<IExpressionContext, object?>? invoke, IReadOnlyList<ExpressionDiagnostic> diagnostics, CompiledUnit? unit)
    {
        Invoke = invoke;
        Diagnostics = diagnostics;
        Unit = unit;
    }

    /// <summary>The compiled body; null when the source has errors.</summary>
    public Func<IExpressionContext, object?>? Invoke { get; }

    /// <summary>Compile errors, relative to the user's source; empty on success.</summary>
    public IReadOnlyList<ExpressionDiagnostic> Diagnostics { get; }

    /// <summary>The load context holding <see cref="Invoke"/>; null on failure.</summary>
    public CompiledUnit? Unit { get; }

    public static CompiledExpression Success(Func<IExpressionContext, object?> invoke, CompiledUnit unit)
    {
        unit.AddReference();
        return new(invoke, [], unit);
    }

    public static CompiledExpression Failure(IReadOnlyList<ExpressionDiagnostic> diagnostics) => new(null, diagnostics, null);
}
