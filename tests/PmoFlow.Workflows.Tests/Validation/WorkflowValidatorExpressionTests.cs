using PmoFlow.Workflows.Validation;
using static PmoFlow.Workflows.Tests.Validation.WorkflowJson;

namespace PmoFlow.Workflows.Tests.Validation;

public class WorkflowValidatorExpressionTests
{
    private const string Start = """{ "type": "Elsa.Start", "id": "start" }""";

    private static string Single(string activity, params Abstractions.Expressions.IExpressionEvaluator[] evaluators)
    {
        var json = Flowchart([Start, activity], [Connect("start", "a")], """[ { "id": "v1", "name": "Counter", "typeName": "Int32" } ]""");
        var validator = evaluators.Length == 0 ? TestValidator.Create() : TestValidator.Create(evaluators);
        var result = validator.Validate(json);
        Assert.True(result.Messages.Count == 1, "Expected one message, got:\n" + result);
        return result.Messages[0].ToString();
    }

    [Fact]
    public void Validate_ExpressionError_ReportsLanguageAndPositionInsideTheExpression()
    {
        var message = Single("""{ "type": "Elsa.WriteLine", "id": "a", "name": "Greet", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "let x = 1;\n  BOOM" } } }""");

        Assert.Equal("$.root.activities[1].text.expression.value: Elsa.WriteLine 'Greet', input 'text': JavaScript (line 2, column 3): 'BOOM' is not defined (line 6, column 133)", message);
    }

    [Fact]
    public void Validate_ExpressionError_IsAnError()
    {
        var json = Flowchart([Start, """{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "CSharp", "value": "BOOM" } } }"""], [Connect("start", "a")]);

        var message = Assert.Single(TestValidator.Create().Validate(json).Errors);

        Assert.Equal(ValidationSeverity.Error, message.Severity);
        Assert.Equal("$.root.activities[1].text.expression.value", message.Path);
    }

    [Fact]
    public void Validate_ExpressionCompilerWarning_IsAWarning()
    {
        var json = Flowchart([Start, """{ "type": "Elsa.FlowDecision", "id": "a", "condition": { "typeName": "Boolean", "expression": { "type": "CSharp", "value": "return MEH;" } } }"""], [Connect("start", "a")]);

        var result = TestValidator.Create().Validate(json);

        var message = Assert.Single(result.Messages);
        Assert.False(result.HasErrors);
        Assert.Equal(new ValidationMessage(ValidationSeverity.Warning, "$.root.activities[1].condition.expression.value",
            "Elsa.FlowDecision 'a', input 'condition': CSharp (line 1, column 8): 'MEH' is discouraged", 6, 121), message);
    }

    [Fact]
    public void Validate_Expression_IsCheckedAgainstTheWorkflowShape()
    {
        var javaScript = new FakeExpressionEvaluator("JavaScript");
        var json = Flowchart([Start, """{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "javascript", "value": "getCounter()" } } }"""],
            [Connect("start", "a")], """[ { "id": "v1", "name": "Counter", "typeName": "Int32" } ]""");

        Assert.Empty(TestValidator.Create(javaScript).Validate(json).Messages);

        var (source, shape) = Assert.Single(javaScript.Checked);
        Assert.Equal("getCounter()", source);
        var variable = Assert.Single(shape.Variables);
        Assert.Equal(("Counter", typeof(int)), (variable.Name, variable.Type));
    }

    [Fact]
    public void Validate_RunCSharpScript_IsCheckedAsCSharp()
    {
        var message = Single("""{ "type": "Elsa.RunCSharp", "id": "a", "script": { "typeName": "String", "expression": { "type": "Literal", "value": "return BOOM;" } } }""");

        Assert.Equal("$.root.activities[1].script.expression.value: Elsa.RunCSharp 'a', input 'script': CSharp (line 1, column 8): 'BOOM' is not defined (line 6, column 115)", message);
    }

    [Fact]
    public void Validate_RunJavaScriptScript_IsCheckedAsJavaScript()
    {
        var message = Single("""{ "type": "Elsa.RunJavaScript", "id": "a", "script": { "expression": { "type": "Literal", "value": "BOOM" } } }""");

        Assert.Equal("$.root.activities[1].script.expression.value: Elsa.RunJavaScript 'a', input 'script': JavaScript (line 1, column 1): 'BOOM' is not defined (line 6, column 97)", message);
    }

    [Fact]
    public void Validate_ScriptWithoutEvaluator_Warns()
    {
        var message = Single("""{ "type": "Elsa.RunCSharp", "id": "a", "script": { "expression": { "type": "Literal", "value": "return 1;" } } }""",
            new FakeExpressionEvaluator("JavaScript"));

        Assert.Equal("$.root.activities[1].script.expression.value: Elsa.RunCSharp 'a', input 'script': no evaluator for CSharp is registered, so the script is not checked and will fault when it runs; enable CSharp scripting on this server. (line 6, column 93)", message);
    }

    [Fact]
    public void Validate_ExpressionTypeWithoutEvaluator_Warns()
    {
        var message = Single("""{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "Liquid", "value": "{{ Variables.Counter }}" } } }""");

        Assert.Equal("$.root.activities[1].text.expression.type: Elsa.WriteLine 'a', input 'text': no evaluator for Liquid expressions is registered, so the expression is not checked and will fault when it runs; use one of Literal, Object, Variable, Input, CSharp, JavaScript. (line 6, column 72)", message);
    }

    [Fact]
    public void Validate_ObjectExpressionWithInvalidJson_ReportsParserMessage()
    {
        var message = Single("""{ "type": "Elsa.FlowFork", "id": "a", "branches": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"One\",]" } } }""");

        Assert.Equal("$.root.activities[1].branches.expression.value: Elsa.FlowFork 'a', input 'branches': the Object expression is not valid JSON: The JSON array contains a trailing comma at the end which is not supported in this mode. Change the reader options. (line 1, column 8 of the value); write the value as JSON. (line 6, column 117)", message);
    }

    [Fact]
    public void Validate_LiteralVariableAndInputExpressions_AreNotCompiled()
    {
        var javaScript = new FakeExpressionEvaluator("JavaScript");
        var json = Flowchart(
        [
            Start,
            """{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "Literal", "value": "BOOM" } } }""",
            """{ "type": "Elsa.WriteLine", "id": "b", "text": { "expression": { "type": "Variable", "value": "Counter" } } }""",
            """{ "type": "Elsa.WriteLine", "id": "c", "text": { "expression": { "type": "Input", "value": "Name" } } }""",
        ], [Connect("start", "a"), Connect("a", "b"), Connect("b", "c")]);

        Assert.Empty(TestValidator.Create(javaScript).Validate(json).Messages);
        Assert.Empty(javaScript.Checked);
    }

    [Fact]
    public void Validate_EvaluatorThatThrows_ReportsItsMessage()
    {
        var message = Single("""{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "JavaScript", "value": "THROW" } } }""");

        Assert.Equal("$.root.activities[1].text.expression.value: Elsa.WriteLine 'a', input 'text': JavaScript: the evaluator gave up (line 6, column 94)", message);
    }
}
