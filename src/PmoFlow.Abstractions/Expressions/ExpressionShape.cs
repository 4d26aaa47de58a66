namespace PmoFlow.Abstractions.Expressions;

/// <summary>
/// The names and types an expression can refer to. Compiled expressions are cached per source and shape,
/// so two workflows that declare the same variables share one compilation.
/// </summary>
public sealed class ExpressionShape : IEquatable<ExpressionShape>
{
    /// <summary>A shape with no variables and no inputs.</summary>
    public static ExpressionShape Empty { get; } = new([], []);

    /// <summary>Creates a shape.</summary>
    /// <param name="variables">The variables in scope, innermost scope first; a name appears once.</param>
    /// <param name="inputs">The workflow inputs in scope.</param>
    public ExpressionShape(IReadOnlyList<ExpressionMember> variables, IReadOnlyList<ExpressionMember> inputs)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(inputs);
        Variables = variables;
        Inputs = inputs;
        Key = string.Join(';', variables.Select(v => $"v:{v.Name}:{v.Type.FullName}"))
            + "|" + string.Join(';', inputs.Select(i => $"i:{i.Name}:{i.Type.FullName}"));
    }

    /// <summary>The variables in scope.</summary>
    public IReadOnlyList<ExpressionMember> Variables { get; }

    /// <summary>The workflow inputs in scope.</summary>
    public IReadOnlyList<ExpressionMember> Inputs { get; }

    /// <summary>A string that identifies this shape; equal shapes have equal keys.</summary>
    public string Key { get; }

    /// <inheritdoc />
    public bool Equals(ExpressionShape? other) => other is not null && other.Key == Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExpressionShape);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);
}
