namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class CompletionValueTests
{
    [Fact]
    public void Evaluate_TopLevelReturn_IsTheValue()
    {
        Assert.Equal(false, JsTest.Eval("return false;"));
        Assert.Equal(1, JsTest.Eval("if (true) { return 1; } return 2;"));
        Assert.Null(JsTest.Eval("return;"));
    }

    [Fact]
    public void Evaluate_NoReturn_IsLastExpressionStatement()
    {
        Assert.Equal(2, JsTest.Eval("1; 2;"));
        Assert.Equal(1, JsTest.Eval("1; var x = 5;"));
        Assert.Equal(new List<object?> { 1, 2, 3 }, JsTest.Eval("[1,2,3]"));
        Assert.Equal(new Dictionary<string, object?> { ["Message"] = "Hi" }, JsTest.Eval("({ Message: 'Hi' })"));
        Assert.Equal(3, JsTest.Eval("var r = 0; for (var i = 0; i < 3; i++) { r = i + 1; }"));
    }

    [Fact]
    public void Evaluate_ExpressionStatementsInsideCalls_DoNotBecomeTheResult() =>
        Assert.Equal(7, JsTest.Eval("function f() { 99; } 7; let z = f();"));

    [Fact]
    public void Evaluate_EmptyOrDeclarationsOnly_IsNull()
    {
        Assert.Null(JsTest.Eval(""));
        Assert.Null(JsTest.Eval("// just a comment"));
        Assert.Null(JsTest.Eval("var x = 1;"));
        Assert.Null(JsTest.Eval("undefined"));
        Assert.Null(JsTest.Eval("null"));
    }
}
