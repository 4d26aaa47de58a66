using System.Text.Json;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.Tests.CSharp;

public sealed class CSharpEvaluatorTests
{
    private readonly PmoFlow.Scripting.CSharp.CSharpEvaluator _evaluator = CSharpEvaluatorFactory.Create();

    [Fact]
    public void ExpressionType_IsCSharp() => Assert.Equal("CSharp", _evaluator.ExpressionType);

    [Fact]
    public async Task Evaluate_BareExpression_ReturnsValue()
    {
        var context = new FakeExpressionContext().Variable("Counter", 5);

        Assert.Equal(true, await _evaluator.EvaluateAsync("Variables.Counter > 3", context));
    }

    [Fact]
    public async Task Evaluate_StatementBody_ReturnsValue()
    {
        Assert.Equal("Bar", await _evaluator.EvaluateAsync("return \"Bar\";", new FakeExpressionContext()));
    }

    [Fact]
    public async Task Evaluate_StatementBodyWithoutReturn_ReturnsNull()
    {
        var context = new FakeExpressionContext().Variable("Counter", 1);

        Assert.Null(await _evaluator.EvaluateAsync("Variables.Counter++;", context));
        Assert.Equal(2, context.GetVariable("Counter"));
    }

    [Fact]
    public async Task Evaluate_MultiStatementScript_RunsAllStatements()
    {
        const string script = """
            var total = 0;
            foreach (var n in new List<int> { 1, 2, 3 }.Where(n => n > 1))
            {
                total += n;
            }
            var text = new StringBuilder().Append(total).ToString();
            return text;
            """;

        Assert.Equal("5", await _evaluator.EvaluateAsync(script, new FakeExpressionContext()));
    }

    [Fact]
    public async Task Evaluate_IntVariable_ComparesTyped()
    {
        var context = new FakeExpressionContext().Variable("Counter", 2);

        Assert.Equal(false, await _evaluator.EvaluateAsync("return Variables.Counter > 3;", context));
    }

    [Fact]
    public async Task Evaluate_ObjectVariables_Interpolate()
    {
        var context = new FakeExpressionContext().Variable<object>("Variable1", "Foo").Variable<object>("Variable2", "Bar");

        Assert.Equal("FooBar", await _evaluator.EvaluateAsync("return $\"{Variables.Variable1}{Variables.Variable2}\";", context));
    }

    [Fact]
    public async Task Evaluate_VariableAssignment_WritesThroughContext()
    {
        var context = new FakeExpressionContext().Variable("Counter", 41).Variable("Name", "x");

        await _evaluator.EvaluateAsync("Variables.Counter = Variables.Counter + 1; Variables.Name += \"y\";", context);

        Assert.Equal(42, context.GetVariable("Counter"));
        Assert.Equal("xy", context.GetVariable("Name"));
    }

    [Fact]
    public async Task Evaluate_StoredValueOfOtherType_ConvertsToDeclaredType()
    {
        var context = new FakeExpressionContext().Variable("Counter", 0).Variable("Amount", 0m);
        context.SetVariable("Counter", JsonDocument.Parse("7").RootElement);
        context.SetVariable("Amount", 2.5d);

        Assert.Equal(9.5m, await _evaluator.EvaluateAsync("Variables.Counter + Variables.Amount", context));
    }

    [Fact]
    public async Task Evaluate_GenericAndNullableVariables_AreTyped()
    {
        var context = new FakeExpressionContext()
            .Variable("Items", new List<string> { "a", "b" })
            .Variable("Scores", new Dictionary<string, int[]> { ["x"] = [1, 2] })
            .Variable<int?>("Limit", null);

        Assert.Equal(5, await _evaluator.EvaluateAsync("Variables.Items.Count + Variables.Scores[\"x\"].Sum() + (Variables.Limit ?? 0)", context));
    }

    [Fact]
    public async Task Evaluate_Input_ReadsTypedAndByName()
    {
        var context = new FakeExpressionContext().Input("Amount", 12L).Input<object>("Customer", "Acme");

        Assert.Equal(24L, await _evaluator.EvaluateAsync("Input.Amount * 2", context));
        Assert.Equal("Acme", await _evaluator.EvaluateAsync("Input.Get(\"Customer\")", context));
    }

    [Fact]
    public async Task Evaluate_OutputGet_ReadsActivityOutputAndLastResult()
    {
        var context = new FakeExpressionContext { LastResult = "last" }
            .Output("HttpRequest1", "StatusCode", 200)
            .Output("Compute", null, 3);

        Assert.Equal(200, await _evaluator.EvaluateAsync("Output.Get(\"HttpRequest1\", \"StatusCode\")", context));
        Assert.Equal(3, await _evaluator.EvaluateAsync("Output.Get(\"Compute\")", context));
        Assert.Equal("last", await _evaluator.EvaluateAsync("Output.LastResult", context));
    }

    [Fact]
    public async Task Evaluate_InstanceAndCorrelationIds_AreVisible()
    {
        var context = new FakeExpressionContext { WorkflowInstanceId = "wf-9", CorrelationId = "order-7" };

        Assert.Equal("wf-9/order-7", await _evaluator.EvaluateAsync("WorkflowInstanceId + \"/\" + CorrelationId", context));
    }

    [Fact]
    public async Task Evaluate_KeywordAndInvalidNames_DoNotBreakTheGlobals()
    {
        var context = new FakeExpressionContext().Variable("class", 1).Variable("my-var", 2).Variable("Get", 3).Variable("Ok", 4);

        Assert.Equal(5, await _evaluator.EvaluateAsync("Variables.@class + Variables.Ok", context));
    }

    [Fact]
    public async Task Evaluate_UserCodeThrows_WrapsInExpressionException()
    {
        var exception = await Assert.ThrowsAsync<ExpressionException>(
            () => _evaluator.EvaluateAsync("throw new InvalidOperationException(\"boom\");", new FakeExpressionContext()).AsTask());

        Assert.Equal("C# expression failed: boom", exception.Message);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public async Task Evaluate_Canceled_Throws()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _evaluator.EvaluateAsync("1", new FakeExpressionContext(), new CancellationToken(canceled: true)).AsTask());
    }
}
