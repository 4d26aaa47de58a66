namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class AccessorTests
{
    [Fact]
    public void Evaluate_VariableGetter_ReadsThroughContext()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 41);
        Assert.Equal(42, JsTest.Eval("getCounter() + 1", context));
    }

    [Fact]
    public void Evaluate_VariableSetter_WritesThroughContext()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 1);
        JsTest.Eval("setCounter(getCounter() + 1); setCounter(getCounter() * 10);", context);
        Assert.Equal(20, context.Variables["Counter"]);
    }

    [Fact]
    public void Evaluate_LowercaseVariable_AcceptsBothSpellings()
    {
        var context = new FakeExpressionContext().WithVariable("myNumber", 5);
        Assert.Equal(10, JsTest.Eval("getmyNumber() + getMyNumber()", context));
        JsTest.Eval("setMyNumber(6)", context);
        Assert.Equal(6, context.Variables["myNumber"]);
    }

    [Fact]
    public void Evaluate_AccessorNames_AreCaseSensitive()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 1);
        var ex = JsTest.Fails("getcounter()", context);
        Assert.Contains("ReferenceError: getcounter is not defined", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InputGetter_ReadsInput_AndVariableWinsOverInput()
    {
        var context = new FakeExpressionContext().WithInput("OrderId", "A-1").WithInput("Both", "input").WithVariable("Both", "variable");
        Assert.Equal("A-1|variable", JsTest.Eval("getOrderId() + '|' + getBoth()", context));
    }

    [Fact]
    public void Evaluate_ActivityOutputGetter_ReadsOutput()
    {
        var context = new FakeExpressionContext();
        context.Outputs[("RunJavaScript1", "Result")] = 12;
        Assert.Equal(13, JsTest.Eval("getResultFromRunJavaScript1() + 1", context));
    }

    [Fact]
    public void Evaluate_WorkflowGlobals_ReadContext()
    {
        var context = new FakeExpressionContext { WorkflowInstanceId = "wf-9", CorrelationId = "c-9", LastResult = "last" };
        Assert.Equal("wf-9/c-9/last", JsTest.Eval("getWorkflowInstanceId() + '/' + getCorrelationId() + '/' + getLastResult()", context));
    }

    [Fact]
    public void Evaluate_VariablesObject_ReadsAndWrites()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 3).WithVariable("Name", "x");
        Assert.Equal(4, JsTest.Eval("variables.Counter = variables.Counter + 1; variables.Counter", context));
        Assert.Equal(4, context.Variables["Counter"]);
        Assert.Equal("Counter,Name", JsTest.Eval("Object.keys(variables).join()", context));
    }

    [Fact]
    public void Evaluate_TemplateLiteral_InterpolatesAccessor()
    {
        var context = new FakeExpressionContext().WithVariable("Name", "Ada");
        Assert.Equal("Hello, Ada!", JsTest.Eval("`Hello, ${getName()}!`", context));
    }

    [Fact]
    public void Evaluate_ElsaStyleExpressions_Work()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 2).WithInput("Input1", "in");
        context.Outputs[("RunJavaScript1", "Result")] = "prev";
        Assert.Equal("Parent: in", JsTest.Eval("function getInput1Value() { return getInput1(); }\n\"Parent: \" + getInput1Value();", context));
        Assert.Equal(false, JsTest.Eval("return getCounter() > 5;", context));
        Assert.Equal("prev!", JsTest.Eval("getResultFromRunJavaScript1() + '!'", context));
    }

    [Fact]
    public void Evaluate_ScriptDeclaredName_ShadowsAccessor()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 2);
        Assert.Equal(100, JsTest.Eval("function getCounter() { return 100; } getCounter()", context));
    }

    [Fact]
    public void Evaluate_SetVariableWithFunction_ThrowsTypeError()
    {
        var context = new FakeExpressionContext().WithVariable("Counter", 2);
        Assert.Contains("TypeError", JsTest.Fails("setCounter(() => 1)", context).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnusedAccessors_AreNeverRead()
    {
        var context = new FakeExpressionContext().WithVariable("A", 1).WithVariable("B", 2);
        JsTest.Eval("getA()", context);
        Assert.Equal(1, context.GetVariableCalls);
    }
}
