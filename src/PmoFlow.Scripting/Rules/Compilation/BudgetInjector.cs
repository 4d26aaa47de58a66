using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// Injects the evaluation budget into a rule that passed the allow-list: <c>RuleRuntime.Tick()</c> at the top of
/// every loop body, and <c>Enter()</c> … <c>finally { Exit(); }</c> around the rule body and every lambda, anonymous
/// method and local function, so an endless loop or runaway recursion ends its evaluation instead of the process.
/// With goto refused, every backward jump is a loop and every recursion passes through an entry, so nothing escapes.
/// </summary>
/// <remarks>
/// Runs on the checked tree with its semantic model (to know whether an expression-bodied lambda returns a value),
/// and adds no line breaks, so the rule's <c>#line</c> mapping still holds for stack traces.
/// </remarks>
internal sealed class BudgetInjector(SemanticModel model) : CSharpSyntaxRewriter
{
    private const string Runtime = "global::PmoFlow.Abstractions.Rules.RuleRuntime";

    private static readonly StatementSyntax Tick = ParseStatement(Runtime + ".Tick();");
    private static readonly StatementSyntax Enter = ParseStatement(Runtime + ".Enter();");
    private static readonly FinallyClauseSyntax Exit = FinallyClause(Block(ParseStatement(Runtime + ".Exit();")));

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Ticked(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Ticked(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Ticked(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Ticked(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Ticked(visited.Statement));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        return visited.Identifier.ValueText == RuleCodeGenerator.EvaluateMethod && visited.Body is { } body ? visited.WithBody(Guarded(body)) : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returnsVoid = model.GetDeclaredSymbol(node) is IMethodSymbol { ReturnsVoid: true };
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body) return visited.WithBody(Guarded(body));
        if (visited.ExpressionBody is { } arrow)
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Guarded(arrow.Expression, returnsVoid));
        return visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Lambda(node, (LambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Lambda(node, (LambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Guarded(visited.Block));
    }

    private LambdaExpressionSyntax Lambda(LambdaExpressionSyntax original, LambdaExpressionSyntax visited)
    {
        if (visited.Block is { } block) return visited.WithBlock(Guarded(block));
        var returnsVoid = model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
        return visited.WithExpressionBody(null).WithBlock(Guarded(visited.ExpressionBody!, returnsVoid));
    }

    private static StatementSyntax Ticked(StatementSyntax body) =>
        body is BlockSyntax block ? block.WithStatements(block.Statements.Insert(0, Tick)) : Block(Tick, body);

    private static BlockSyntax Guarded(BlockSyntax body) => Block(Enter, TryStatement(body, default, Exit));

    private static BlockSyntax Guarded(ExpressionSyntax expression, bool returnsVoid)
    {
        StatementSyntax statement = expression switch
        {
            ThrowExpressionSyntax thrown => ThrowStatement(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space), thrown.Expression, Token(SyntaxKind.SemicolonToken)),
            _ when returnsVoid => ExpressionStatement(expression),
            _ => ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken)),
        };
        return Guarded(Block(statement));
    }
}
