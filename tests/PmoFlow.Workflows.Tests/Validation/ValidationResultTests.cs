using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Tests.Validation;

public class ValidationResultTests
{
    [Fact]
    public void ToString_WithPosition_AppendsLineAndColumn() =>
        Assert.Equal("$.root: broken (line 3, column 7)", new ValidationMessage(ValidationSeverity.Error, "$.root", "broken", 3, 7).ToString());

    [Fact]
    public void ToString_WithoutPosition_IsPathAndMessage() =>
        Assert.Equal("$.root: broken", new ValidationMessage(ValidationSeverity.Warning, "$.root", "broken").ToString());

    [Fact]
    public void Result_SplitsErrorsAndWarnings()
    {
        var error = new ValidationMessage(ValidationSeverity.Error, "$.a", "e");
        var warning = new ValidationMessage(ValidationSeverity.Warning, "$.b", "w");

        var result = new ValidationResult([warning, error]);

        Assert.True(result.HasErrors);
        Assert.Equal([warning, error], result.Messages);
        Assert.Equal([error], result.Errors);
        Assert.Equal([warning], result.Warnings);
    }

    [Fact]
    public void Validate_SeveralProblems_AreInDocumentOrder()
    {
        var json = WorkflowJson.Flowchart(
            ["""{ "type": "Elsa.Start", "id": "start" }""", """{ "type": "Acme.Unknown", "id": "u" }""", """{ "type": "Elsa.WriteLine", "id": "start" }"""],
            [WorkflowJson.Connect("start", "ghost")]);

        var result = TestValidator.Create().Validate(json);

        Assert.Equal(["$.root.activities[1]", "$.root.activities[1]", "$.root.activities[2]", "$.root.connections[0]"], result.Messages.Select(m => m.Path));
        Assert.Equal([6L, 6L, 7L, 10L], result.Messages.Select(m => m.Line ?? 0));
    }
}
