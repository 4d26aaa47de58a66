using PmoFlow.Workflows.Validation;
using static PmoFlow.Workflows.Tests.Validation.WorkflowJson;

namespace PmoFlow.Workflows.Tests.Validation;

public class WorkflowValidatorActivityTests
{
    private const string Start = """{ "type": "Elsa.Start", "id": "start" }""";
    private const string Variables = """[ { "id": "v1", "name": "Counter", "typeName": "Int32" } ]""";

    private static ValidationResult Validate(string activity, string variables = Variables) =>
        TestValidator.Create().Validate(Flowchart([Start, activity], [Connect("start", "a")], variables));

    [Fact]
    public void Validate_ActivityThatValidatesItsInputs_ReportsItsMessageAtTheActivity()
    {
        var result = Validate("""{ "type": "Elsa.Cron", "id": "a", "cronExpression": { "typeName": "String", "expression": { "type": "Literal", "value": "BadCronExpression" } } }""");

        var message = Assert.Single(result.Messages);
        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.activities[1]",
            "Error when parsing cron expression: The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).", 6, 7), message);
    }

    [Fact]
    public void Validate_SetVariableOnUndeclaredVariable_Errors()
    {
        var result = Validate("""{ "type": "Elsa.SetVariable", "id": "a", "variable": { "id": "v9", "name": "Total", "typeName": "Int32" }, "value": { "expression": { "type": "Literal", "value": "1" } } }""");

        var message = Assert.Single(result.Messages);
        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.activities[1].variable",
            "Elsa.SetVariable 'a' sets variable 'Total', which is not declared; declare it in the workflow's variables or pick a declared one.", 6, 48), message);
    }

    [Theory]
    [InlineData("""{ "id": "v1", "name": "Counter" }""")]
    [InlineData("""{ "id": "v1" }""")]
    [InlineData("\"Counter\"")]
    public void Validate_SetVariableOnDeclaredVariable_Passes(string variable)
    {
        var result = Validate($$"""{ "type": "Elsa.SetVariable", "id": "a", "variable": {{variable}} }""");

        Assert.Empty(result.Messages);
    }

    [Fact]
    public void Validate_SetVariableOnVariableOfNestedContainer_Passes()
    {
        const string sub = """{ "type": "Elsa.Flowchart", "id": "a", "variables": [ { "id": "n1", "name": "Local" } ], "activities": [ { "type": "Elsa.SetVariable", "id": "set", "variable": { "id": "n1", "name": "Local" } } ] }""";

        Assert.Empty(Validate(sub, "[]").Messages);
    }

    [Fact]
    public void Validate_SetVariableWithoutVariable_Errors()
    {
        var result = Validate("""{ "type": "Elsa.SetVariable", "id": "a" }""");

        Assert.Equal("$.root.activities[1].variable: Elsa.SetVariable 'a' does not name a variable; pick the variable to set. (line 6, column 7)", Assert.Single(result.Messages).ToString());
    }

    [Fact]
    public void Validate_OutputToUndeclaredMemory_Warns()
    {
        var result = Validate("""{ "type": "Elsa.RunJavaScript", "id": "a", "script": { "expression": { "type": "Literal", "value": "1" } }, "result": { "typeName": "Object", "memoryReference": { "id": "Missing" } } }""");

        var message = Assert.Single(result.Messages);
        Assert.Equal(new ValidationMessage(ValidationSeverity.Warning, "$.root.activities[1].result.memoryReference.id",
            "Elsa.RunJavaScript 'a', output 'result' is stored in 'Missing', which is neither a declared variable nor a workflow output, so the value is dropped; declare it or clear the reference.", 6, 170), message);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("Counter")]
    [InlineData("Result")]
    public void Validate_OutputToVariableOrWorkflowOutput_Passes(string memoryId)
    {
        var json = Flowchart([Start, $$"""{ "type": "Elsa.RunJavaScript", "id": "a", "result": { "memoryReference": { "id": "{{memoryId}}" } } }"""],
            [Connect("start", "a")], Variables).Replace("\"variables\":", "\"outputs\": [ { \"name\": \"Result\" } ], \"variables\":", StringComparison.Ordinal);

        Assert.Empty(TestValidator.Create().Validate(json).Messages);
    }

    [Fact]
    public void Validate_InputMemoryReference_IsNotTreatedAsAnOutput()
    {
        var result = Validate("""{ "type": "Elsa.WriteLine", "id": "a", "text": { "expression": { "type": "Literal", "value": "Hi" }, "memoryReference": { "id": "a:input-0" } } }""");

        Assert.Empty(result.Messages);
    }
}
