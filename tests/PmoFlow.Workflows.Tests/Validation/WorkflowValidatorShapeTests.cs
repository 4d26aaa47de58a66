using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Tests.Validation;

public class WorkflowValidatorShapeTests
{
    [Fact]
    public void Validate_ValidDefinition_HasNoMessages()
    {
        var result = TestValidator.Create().Validate(WorkflowJson.Valid);

        Assert.Empty(result.Messages);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Validate_MalformedJson_ReportsParserPositionAndPath()
    {
        const string json = """
            {
              "root": {
                "type": "Elsa.Flowchart",
                "id": "flow",
              }
            }
            """;

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root", "malformed JSON: The JSON object contains a trailing comma at the end which is not supported in this mode. Change the reader options.", 5, 3), message);
    }

    [Fact]
    public void Validate_NotAnObject_ReportsRoot()
    {
        var message = TestValidator.Single("[1, 2]");

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$", "a workflow definition must be a JSON object", 1, 1), message);
    }

    [Fact]
    public void Validate_MissingRoot_ReportsWhereRootBelongs()
    {
        const string json = """
            {
              "name": "No root"
            }
            """;

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root", "a workflow definition needs a 'root' activity object", 1, 1), message);
    }

    [Fact]
    public void Validate_ActivityWithoutType_ReportsActivityPath()
    {
        const string json = """
            {
              "root": { "type": "Elsa.Flowchart", "id": "flow",
                "activities": [
                  { "type": "Elsa.WriteLine", "id": "a" },
                  { "id": "b" }
                ]
              }
            }
            """;

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.activities[1]", "an activity needs a non-empty string 'type'", 5, 7), message);
    }

    [Fact]
    public void Validate_ConnectionWithoutTarget_ReportsConnectionPath()
    {
        const string json = """
            {
              "root": { "type": "Elsa.Flowchart", "id": "flow",
                "activities": [ { "type": "Elsa.WriteLine", "id": "a" } ],
                "connections": [
                  { "source": { "activity": "a", "port": "Done" } }
                ]
              }
            }
            """;

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.connections[0].target", "the connection has no target", 5, 7), message);
    }

    [Fact]
    public void Validate_OutcomeThatIsNotAString_ReportsOutcomePath()
    {
        const string json = """
            {
              "outcomes": [ "Done", 42 ],
              "root": { "type": "Elsa.Flowchart", "id": "flow" }
            }
            """;

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.outcomes[1]", "an outcome must be a string; write the outcome's name in quotes.", 2, 25), message);
    }

    [Fact]
    public void Validate_ParsedDefinitionWithoutText_LeavesPositionsUnknown()
    {
        var definition = WorkflowDefinitionReader.Parse(WorkflowJson.Flowchart(["""{ "type": "Acme.Unknown", "id": "a" }"""]));

        var message = Assert.Single(TestValidator.Create().Validate(definition).Messages);

        Assert.Null(message.Line);
        Assert.Null(message.Column);
    }

    [Fact]
    public void Validate_TextWithByteOrderMark_LocatesMessagesAsTheAuthorSeesThem()
    {
        var json = "\uFEFF" + WorkflowJson.Flowchart(["""{ "type": "Acme.Unknown", "id": "a" }"""]);

        var message = Assert.Single(TestValidator.Create().Validate(json).Messages);

        Assert.Equal((5L, 7L), (message.Line, message.Column));
    }

    [Fact]
    public void Validate_ParsedDefinitionWithText_LocatesMessages()
    {
        var json = WorkflowJson.Flowchart(["""{ "type": "Elsa.Start", "id": "s" }""", """{ "type": "Acme.Unknown", "id": "a" }"""], [WorkflowJson.Connect("s", "a")]);

        var message = Assert.Single(TestValidator.Create().Validate(WorkflowDefinitionReader.Parse(json), json).Messages);

        Assert.Equal("$.root.activities[1]: Activity type 'Acme.Unknown' is not registered; it is kept as it is and will fault if it runs. Load the plugin or import the workflow that provides it. (line 6, column 7)", message.ToString());
    }
}
