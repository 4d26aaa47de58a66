namespace PmoFlow.Scripting.JavaScript.Ast;

// Small immutable node types are kept together: each is a few lines and they only make sense as a set.

internal abstract class Statement(NodeKind kind, int line, int column) : Node(kind, line, column);

internal enum DeclarationKind
{
    Var,
    Let,
    Const,
}

internal sealed class VariableDeclaration(DeclarationKind declarationKind, VariableDeclarator[] declarators, int line, int column)
    : Statement(NodeKind.VariableDeclaration, line, column)
{
    public DeclarationKind DeclarationKind { get; } = declarationKind;

    public VariableDeclarator[] Declarators { get; } = declarators;
}

internal sealed class VariableDeclarator(Expression target, Expression? init)
{
    /// <summary>An <see cref="Identifier"/> or a destructuring pattern.</summary>
    public Expression Target { get; } = target;

    public Expression? Init { get; } = init;
}

internal sealed class FunctionDeclaration(FunctionNode function, int line, int column)
    : Statement(NodeKind.FunctionDeclaration, line, column)
{
    public FunctionNode Function { get; } = function;
}

internal sealed class ExpressionStatement(Expression expression, int line, int column)
    : Statement(NodeKind.ExpressionStatement, line, column)
{
    public Expression Expression { get; } = expression;
}

internal sealed class BlockStatement(Statement[] body, bool needsScope, FunctionDeclaration[] functions, int line, int column)
    : Statement(NodeKind.Block, line, column)
{
    public Statement[] Body { get; } = body;

    /// <summary>Whether the block declares let/const/functions directly and so needs its own scope.</summary>
    public bool NeedsScope { get; } = needsScope;

    public FunctionDeclaration[] Functions { get; } = functions;
}

internal sealed class EmptyStatement(int line, int column) : Statement(NodeKind.Empty, line, column);

internal sealed class IfStatement(Expression test, Statement consequent, Statement? alternate, int line, int column)
    : Statement(NodeKind.If, line, column)
{
    public Expression Test { get; } = test;

    public Statement Consequent { get; } = consequent;

    public Statement? Alternate { get; } = alternate;
}

/// <summary>Base of loops so labeled <c>continue</c> can find its target.</summary>
internal abstract class LoopStatement(NodeKind kind, Statement body, int line, int column) : Statement(kind, line, column)
{
    public Statement Body { get; } = body;

    /// <summary>Labels placed directly on this loop (<c>outer: for (...)</c>).</summary>
    public List<string>? Labels { get; set; }
}

internal sealed class ForStatement(Statement? init, Expression? test, Expression? update, Statement body, int line, int column)
    : LoopStatement(NodeKind.For, body, line, column)
{
    public Statement? Init { get; } = init;

    public Expression? Test { get; } = test;

    public Expression? Update { get; } = update;
}

/// <summary><c>for (left in right)</c> or <c>for (left of right)</c>.</summary>
internal sealed class ForInOfStatement(bool isOf, DeclarationKind? declarationKind, Expression left, Expression right, Statement body, int line, int column)
    : LoopStatement(isOf ? NodeKind.ForOf : NodeKind.ForIn, body, line, column)
{
    /// <summary>Null when the left side is an existing target rather than a declaration.</summary>
    public DeclarationKind? DeclarationKind { get; } = declarationKind;

    public Expression Left { get; } = left;

    public Expression Right { get; } = right;
}

internal sealed class WhileStatement(Expression test, Statement body, bool isDoWhile, int line, int column)
    : LoopStatement(isDoWhile ? NodeKind.DoWhile : NodeKind.While, body, line, column)
{
    public Expression Test { get; } = test;
}

internal sealed class JumpStatement(NodeKind kind, string? label, int line, int column) : Statement(kind, line, column)
{
    public string? Label { get; } = label;
}

internal sealed class ReturnStatement(Expression? argument, int line, int column) : Statement(NodeKind.Return, line, column)
{
    public Expression? Argument { get; } = argument;
}

internal sealed class ThrowStatement(Expression argument, int line, int column) : Statement(NodeKind.Throw, line, column)
{
    public Expression Argument { get; } = argument;
}

internal sealed class TryStatement(BlockStatement block, Expression? parameter, BlockStatement? handler, BlockStatement? finalizer, int line, int column)
    : Statement(NodeKind.Try, line, column)
{
    public BlockStatement Block { get; } = block;

    public Expression? Parameter { get; } = parameter;

    public BlockStatement? Handler { get; } = handler;

    public BlockStatement? Finalizer { get; } = finalizer;
}

internal sealed class SwitchStatement(Expression discriminant, SwitchCase[] cases, bool needsScope, FunctionDeclaration[] functions, int line, int column)
    : Statement(NodeKind.Switch, line, column)
{
    public Expression Discriminant { get; } = discriminant;

    public SwitchCase[] Cases { get; } = cases;

    public bool NeedsScope { get; } = needsScope;

    public FunctionDeclaration[] Functions { get; } = functions;
}

internal sealed class SwitchCase(Expression? test, Statement[] body)
{
    /// <summary>Null for <c>default:</c>.</summary>
    public Expression? Test { get; } = test;

    public Statement[] Body { get; } = body;
}

internal sealed class LabeledStatement(string label, Statement body, int line, int column) : Statement(NodeKind.Labeled, line, column)
{
    public string Label { get; } = label;

    public Statement Body { get; } = body;
}

/// <summary>A parsed script: top-level statements plus hoisting information, like a function body.</summary>
internal sealed class ProgramNode(Statement[] body, string[] varNames, FunctionDeclaration[] functions)
{
    public Statement[] Body { get; } = body;

    public string[] VarNames { get; } = varNames;

    public FunctionDeclaration[] Functions { get; } = functions;
}
