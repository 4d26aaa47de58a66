namespace PmoFlow.Scripting.JavaScript.Ast;

// Small immutable node types are kept together: each is a few lines and they only make sense as a set.

internal abstract class Expression(NodeKind kind, int line, int column) : Node(kind, line, column);

internal sealed class NumberLiteral(double value, int line, int column) : Expression(NodeKind.NumberLiteral, line, column)
{
    public double Value { get; } = value;

    /// <summary>Boxed once at parse time so evaluating a literal allocates nothing.</summary>
    public object Boxed { get; } = value;
}

internal sealed class StringLiteral(string value, int line, int column) : Expression(NodeKind.StringLiteral, line, column)
{
    public string Value { get; } = value;
}

internal sealed class BooleanLiteral(bool value, int line, int column) : Expression(NodeKind.BooleanLiteral, line, column)
{
    public bool Value { get; } = value;
}

internal sealed class NullLiteral(int line, int column) : Expression(NodeKind.NullLiteral, line, column);

internal sealed class TemplateLiteral(string[] quasis, Expression[] expressions, int line, int column)
    : Expression(NodeKind.TemplateLiteral, line, column)
{
    /// <summary>The cooked text parts; always one more than <see cref="Expressions"/>.</summary>
    public string[] Quasis { get; } = quasis;

    public Expression[] Expressions { get; } = expressions;
}

internal sealed class Identifier(string name, int line, int column) : Expression(NodeKind.Identifier, line, column)
{
    public string Name { get; } = name;
}

internal sealed class ThisExpression(int line, int column) : Expression(NodeKind.This, line, column);

internal sealed class ArrayLiteral(Expression?[] elements, int line, int column) : Expression(NodeKind.ArrayLiteral, line, column)
{
    /// <summary>Elements; <see langword="null"/> marks a hole such as in <c>[1,,2]</c>.</summary>
    public Expression?[] Elements { get; } = elements;
}

internal sealed class ObjectLiteral(Property[] properties, int line, int column) : Expression(NodeKind.ObjectLiteral, line, column)
{
    public Property[] Properties { get; } = properties;
}

/// <summary>One entry of an object literal: <c>key: value</c>, <c>[expr]: value</c>, a method, or <c>...spread</c>.</summary>
internal sealed class Property(string? key, Expression? computedKey, Expression value, bool isSpread)
{
    public string? Key { get; } = key;

    public Expression? ComputedKey { get; } = computedKey;

    public Expression Value { get; } = value;

    public bool IsSpread { get; } = isSpread;
}

internal sealed class FunctionExpression(FunctionNode function, int line, int column) : Expression(NodeKind.Function, line, column)
{
    public FunctionNode Function { get; } = function;
}

internal sealed class UnaryExpression(string op, Expression operand, int line, int column) : Expression(NodeKind.Unary, line, column)
{
    public string Operator { get; } = op;

    public Expression Operand { get; } = operand;
}

internal sealed class UpdateExpression(bool increment, bool prefix, Expression target, int line, int column)
    : Expression(NodeKind.Update, line, column)
{
    public bool Increment { get; } = increment;

    public bool Prefix { get; } = prefix;

    public Expression Target { get; } = target;
}

internal sealed class BinaryExpression(BinaryOperator op, Expression left, Expression right, int line, int column)
    : Expression(NodeKind.Binary, line, column)
{
    public BinaryOperator Operator { get; } = op;

    public Expression Left { get; } = left;

    public Expression Right { get; } = right;
}

internal sealed class LogicalExpression(LogicalOperator op, Expression left, Expression right, int line, int column)
    : Expression(NodeKind.Logical, line, column)
{
    public LogicalOperator Operator { get; } = op;

    public Expression Left { get; } = left;

    public Expression Right { get; } = right;
}

/// <summary><c>target = value</c> or a compound form; <see cref="Operator"/> is null for plain assignment.</summary>
internal sealed class AssignmentExpression(BinaryOperator? op, LogicalOperator? logical, Expression target, Expression value, int line, int column)
    : Expression(NodeKind.Assignment, line, column)
{
    public BinaryOperator? Operator { get; } = op;

    public LogicalOperator? LogicalOperator { get; } = logical;

    public Expression Target { get; } = target;

    public Expression Value { get; } = value;
}

internal sealed class ConditionalExpression(Expression test, Expression consequent, Expression alternate, int line, int column)
    : Expression(NodeKind.Conditional, line, column)
{
    public Expression Test { get; } = test;

    public Expression Consequent { get; } = consequent;

    public Expression Alternate { get; } = alternate;
}

internal sealed class CallExpression(Expression callee, Expression[] arguments, bool optional, int line, int column)
    : Expression(NodeKind.Call, line, column)
{
    public Expression Callee { get; } = callee;

    public Expression[] Arguments { get; } = arguments;

    /// <summary>Whether this is <c>f?.()</c>.</summary>
    public bool Optional { get; } = optional;
}

internal sealed class NewExpression(Expression callee, Expression[] arguments, int line, int column)
    : Expression(NodeKind.New, line, column)
{
    public Expression Callee { get; } = callee;

    public Expression[] Arguments { get; } = arguments;
}

/// <summary><c>obj.name</c> (<see cref="Name"/> set) or <c>obj[expr]</c> (<see cref="Computed"/> set).</summary>
internal sealed class MemberExpression(Expression target, string? name, Expression? computed, bool optional, int line, int column)
    : Expression(NodeKind.Member, line, column)
{
    public Expression Target { get; } = target;

    public string? Name { get; } = name;

    public Expression? Computed { get; } = computed;

    /// <summary>Whether this is <c>obj?.name</c>.</summary>
    public bool Optional { get; } = optional;
}

/// <summary>Wraps a member/call chain that contains <c>?.</c>; a short-circuit anywhere inside yields undefined.</summary>
internal sealed class OptionalChain(Expression expression, int line, int column) : Expression(NodeKind.OptionalChain, line, column)
{
    public Expression Expression { get; } = expression;
}

internal sealed class SequenceExpression(Expression[] expressions, int line, int column) : Expression(NodeKind.Sequence, line, column)
{
    public Expression[] Expressions { get; } = expressions;
}

internal sealed class SpreadElement(Expression argument, int line, int column) : Expression(NodeKind.Spread, line, column)
{
    public Expression Argument { get; } = argument;
}
