namespace PmoFlow.Scripting.JavaScript.Ast;

/// <summary>
/// A function's parameters and body plus what the parser learned for hoisting, so a call does no
/// analysis: the <c>var</c> names to declare and the function declarations to instantiate up front.
/// </summary>
internal sealed class FunctionNode(
    string? name,
    PatternElement[] parameters,
    Expression? restParameter,
    Statement[]? body,
    Expression? expressionBody,
    bool isArrow,
    string[] varNames,
    FunctionDeclaration[] functions,
    bool usesArguments,
    int line,
    int column)
{
    public string? Name { get; } = name;

    public PatternElement[] Parameters { get; } = parameters;

    public Expression? RestParameter { get; } = restParameter;

    /// <summary>The statements of a block body; null for an arrow with an expression body.</summary>
    public Statement[]? Body { get; } = body;

    public Expression? ExpressionBody { get; } = expressionBody;

    public bool IsArrow { get; } = isArrow;

    public string[] VarNames { get; } = varNames;

    public FunctionDeclaration[] Functions { get; } = functions;

    public bool UsesArguments { get; } = usesArguments;

    /// <summary>Whether this is a named function expression, whose name is visible inside its own body.</summary>
    public bool BindsName { get; init; }

    public int Line { get; } = line;

    public int Column { get; } = column;
}
