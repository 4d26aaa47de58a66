using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.Tests.CSharp;

public sealed class CSharpEvaluatorDiagnosticsTests
{
    private readonly PmoFlow.Scripting.CSharp.CSharpEvaluator _evaluator = CSharpEvaluatorFactory.Create();

    [Fact]
    public void Check_ValidSource_ReturnsNoDiagnostics()
    {
        var shape = new FakeExpressionContext().Variable("Counter", 1).Shape;

        Assert.Empty(_evaluator.Check("return Variables.Counter > 3;", shape));
    }

    [Fact]
    public void Check_UnknownName_ReportsPositionInUserSource()
    {
        var diagnostic = Assert.Single(_evaluator.Check("Variables.Count > 3", ExpressionShape.Empty));

        Assert.Equal("CS1061", diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(11, diagnostic.Column);
    }

    [Fact]
    public void Check_ErrorOnSecondLine_ReportsLineAndColumn()
    {
        const string script = "var a = 1;\n  return a + b;";

        var diagnostic = Assert.Single(_evaluator.Check(script, ExpressionShape.Empty));

        Assert.Equal("CS0103", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(14, diagnostic.Column);
    }

    [Fact]
    public void Check_MissingSemicolonAtEnd_ReportsEndOfUserSource()
    {
        var diagnostic = Assert.Single(_evaluator.Check("var a = 1;\nreturn a", ExpressionShape.Empty));

        Assert.Equal("CS1002", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(9, diagnostic.Column);
    }

    [Fact]
    public void Check_WarningsOnly_ReturnsNoDiagnostics()
    {
        Assert.Empty(_evaluator.Check("return 1;\nvar unreachable = 2;", ExpressionShape.Empty));
    }

    [Fact]
    public async Task Evaluate_CompileError_ThrowsWithDiagnostics()
    {
        var exception = await Assert.ThrowsAsync<ExpressionException>(
            () => _evaluator.EvaluateAsync("return nope;", new FakeExpressionContext()).AsTask());

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal((1, 8), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Precompile_OneBadExpression_OthersStillCompile()
    {
        var shape = new FakeExpressionContext().Variable("Counter", 1).Shape;

        _evaluator.Precompile([("Variables.Counter + 1", shape), ("Variables.Nope", shape), ("return 2;", shape)]);

        Assert.Empty(_evaluator.Check("Variables.Counter + 1", shape));
        Assert.Equal("CS1061", Assert.Single(_evaluator.Check("Variables.Nope", shape)).Code);
        Assert.Empty(_evaluator.Check("return 2;", shape));
        Assert.Equal(2, _evaluator.CompileCount);
    }
}
