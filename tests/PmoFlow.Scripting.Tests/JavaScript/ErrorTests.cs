using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class ErrorTests
{
    [Theory]
    [InlineData("1 +", 1, 4)]
    [InlineData("var x = 1;\nvar y = ;", 2, 9)]
    [InlineData("let a = 'unterminated", 1, 9)]
    [InlineData("if (x {", 1, 7)]
    [InlineData("function () {}", 1, 10)]
    [InlineData("var s = `abc", 1, 9)]
    [InlineData("x = /re/", 1, 5)]
    [InlineData("class A {}", 1, 1)]
    [InlineData("a b", 1, 3)]
    [InlineData("{\n  foo(;\n}", 2, 7)]
    [InlineData("const x;", 1, 8)]
    public void Check_SyntaxError_ReportsPosition(string source, int line, int column)
    {
        var diagnostics = JsTest.CreateEvaluator().Check(source, ExpressionShape.Empty);
        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.IsError);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("return false;")]
    [InlineData("getCounter() + 1")]
    [InlineData("const f = (a, { b }, ...c) => a ?? b?.c")]
    [InlineData("a: for (;;) { break a; }")]
    public void Check_ValidSource_ReturnsNoDiagnostics(string source) =>
        Assert.Empty(JsTest.CreateEvaluator().Check(source, ExpressionShape.Empty));

    [Fact]
    public void Evaluate_SyntaxError_ThrowsWithDiagnostics()
    {
        var ex = JsTest.Fails("var x = 1;\nx +* 2");
        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(4, diagnostic.Column);
        Assert.Contains("line 2, column 4", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsLimitExceeded);
    }

    [Theory]
    [InlineData("missingName + 1", "ReferenceError: missingName is not defined at line 1, column 1")]
    [InlineData("var o = null;\no.x", "TypeError: Cannot read properties of null (reading 'x') at line 2, column 1")]
    [InlineData("var u;\n  u.y.z", "TypeError: Cannot read properties of undefined (reading 'y') at line 2, column 3")]
    [InlineData("var n = 1; n()", "TypeError: n is not a function at line 1, column 12")]
    [InlineData("var o = {}; o.go()", "TypeError: o.go is not a function at line 1, column 13")]
    [InlineData("throw new Error('custom failure')", "Error: custom failure at line 1, column 1")]
    [InlineData("throw new RangeError('r')", "RangeError: r at line 1, column 1")]
    [InlineData("null.x = 1", "TypeError: Cannot set properties of null (setting 'x')")]
    [InlineData("new (() => 1)()", "TypeError")]
    public void Evaluate_RuntimeError_DescribesKindAndPosition(string source, string expected)
    {
        var ex = JsTest.Fails(source);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("JavaScript", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsLimitExceeded);
    }

    [Fact]
    public void Evaluate_ThrowNonError_DescribesValue()
    {
        var ex = JsTest.Fails("\n\n  throw 'plain string';");
        Assert.Equal("JavaScript threw an uncaught exception: plain string at line 3, column 3", ex.Message);
    }

    [Fact]
    public void Evaluate_ErrorInsideFunction_ReportsInnerPosition()
    {
        var ex = JsTest.Fails("function f() {\n  return undefinedThing;\n}\nf();");
        Assert.Contains("line 2, column 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ErrorFromBuiltin_ReportsCallPosition()
    {
        var ex = JsTest.Fails("var x = 1;\n'a'.repeat(-1)");
        Assert.Contains("RangeError", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ContextFailure_Propagates()
    {
        var context = new FakeExpressionContext().WithVariable("A", 1);
        context.Variables.Remove("A"); // shape still names it, the context no longer has it
        Assert.ThrowsAny<Exception>(() => JsTest.Eval("getA()", context));
    }
}
