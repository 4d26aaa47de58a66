namespace PmoFlow.Scripting.JavaScript.Ast;

/// <summary><c>[a, b = 1, ...rest]</c> in a declaration or parameter list; holes are null.</summary>
internal sealed class ArrayPattern(PatternElement?[] elements, Expression? rest, int line, int column)
    : Expression(NodeKind.ArrayPattern, line, column)
{
    public PatternElement?[] Elements { get; } = elements;

    public Expression? Rest { get; } = rest;
}

/// <summary><c>{ a, b: c = 1, ...rest }</c> in a declaration or parameter list.</summary>
internal sealed class ObjectPattern(PatternProperty[] properties, Expression? rest, int line, int column)
    : Expression(NodeKind.ObjectPattern, line, column)
{
    public PatternProperty[] Properties { get; } = properties;

    public Expression? Rest { get; } = rest;
}

/// <summary>A binding target (identifier or nested pattern) with an optional default.</summary>
internal sealed class PatternElement(Expression target, Expression? defaultValue)
{
    public Expression Target { get; } = target;

    public Expression? Default { get; } = defaultValue;
}

internal sealed class PatternProperty(string? key, Expression? computedKey, PatternElement value)
{
    public string? Key { get; } = key;

    public Expression? ComputedKey { get; } = computedKey;

    public PatternElement Value { get; } = value;
}
