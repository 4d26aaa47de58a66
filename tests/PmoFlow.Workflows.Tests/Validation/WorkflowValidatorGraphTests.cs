using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Validation;
using static PmoFlow.Workflows.Tests.Validation.WorkflowJson;

namespace PmoFlow.Workflows.Tests.Validation;

public class WorkflowValidatorGraphTests
{
    private const string Start = """{ "type": "Elsa.Start", "id": "start" }""";
    private const string End = """{ "type": "Elsa.End", "id": "end" }""";

    private static string WriteLine(string id) => $$"""{ "type": "Elsa.WriteLine", "id": "{{id}}" }""";

    [Fact]
    public void Validate_DuplicateActivityId_ReportsSecondOccurrenceNamingTheFirst()
    {
        var json = Flowchart(
            [Start, WriteLine("a"), """{ "type": "Elsa.Flowchart", "id": "sub", "activities": [ { "type": "Elsa.WriteLine", "id": "a" } ] }"""],
            [Connect("start", "a"), Connect("a", "sub")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.activities[2].activities[0]",
            "Activity id 'a' is already used by the activity at $.root.activities[1]; give every activity an id of its own.", 7, 64), message);
    }

    [Fact]
    public void Validate_ConnectionToMissingActivity_ReportsPathAndId()
    {
        var json = Flowchart([Start, WriteLine("write"), End], [Connect("start", "write"), Connect("write", "end"), Connect("write", "ghost")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.connections[2]",
            "The connection's target activity 'ghost' does not exist in this flowchart; connect an existing activity or remove the connection.", 12, 7), message);
    }

    [Fact]
    public void Validate_ConnectionFromMissingActivity_ReportsPathAndId()
    {
        var json = Flowchart([Start, WriteLine("write")], [Connect("start", "write"), Connect("ghost", "write")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.connections[1]",
            "The connection's source activity 'ghost' does not exist in this flowchart; connect an existing activity or remove the connection.", 10, 7), message);
    }

    [Fact]
    public void Validate_ConnectionToActivityOfAnotherFlowchart_ReportsMissingId()
    {
        var json = Flowchart(
            [Start, """{ "type": "Elsa.Flowchart", "id": "sub", "activities": [ { "type": "Elsa.WriteLine", "id": "inner" } ] }"""],
            [Connect("start", "sub"), Connect("start", "inner")]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.connections[1]: The connection's target activity 'inner' does not exist in this flowchart; connect an existing activity or remove the connection. (line 10, column 7)", message.ToString());
    }

    [Fact]
    public void Validate_ConnectionFromPortTheSourceLacks_ListsItsPorts()
    {
        var json = Flowchart([Start, WriteLine("write"), End], [Connect("start", "write"), Connect("write", "end", port: "True")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Error, "$.root.connections[1]",
            "Elsa.WriteLine 'write' has no port 'True' (its ports: Done); connect from one of its ports or remove the connection.", 11, 7), message);
    }

    [Fact]
    public void Validate_ConnectionFromTerminalActivity_SaysItHasNoPorts()
    {
        var json = Flowchart([Start, End, WriteLine("after")], [Connect("start", "end"), Connect("end", "after")]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.connections[1]: Elsa.End 'end' has no port 'Done' (it has no outbound ports); connect from one of its ports or remove the connection. (line 11, column 7)", message.ToString());
    }

    [Fact]
    public void Validate_DecisionPorts_AreTrueAndFalse()
    {
        var json = Flowchart(
            [Start, """{ "type": "Elsa.FlowDecision", "id": "decide", "name": "Decide" }""", WriteLine("yes"), WriteLine("maybe")],
            [Connect("start", "decide"), Connect("decide", "yes", "True"), Connect("decide", "maybe", "Maybe")]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.connections[2]: Elsa.FlowDecision 'Decide' has no port 'Maybe' (its ports: True, False); connect from one of its ports or remove the connection. (line 13, column 7)", message.ToString());
    }

    [Fact]
    public void Validate_ForkPorts_AreItsLiteralBranches()
    {
        const string fork = """{ "type": "Elsa.FlowFork", "id": "fork", "branches": { "typeName": "String[]", "expression": { "type": "Object", "value": "[\"One\",\"Two\"]" } } }""";
        var json = Flowchart([Start, fork, WriteLine("one"), WriteLine("three")],
            [Connect("start", "fork"), Connect("fork", "one", "One"), Connect("fork", "three", "Three")]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.connections[2]: Elsa.FlowFork 'fork' has no port 'Three' (its ports: One, Two); connect from one of its ports or remove the connection. (line 13, column 7)", message.ToString());
    }

    [Fact]
    public void Validate_ForkWithComputedBranches_SkipsPortCheck()
    {
        const string fork = """{ "type": "Elsa.FlowFork", "id": "fork", "branches": { "typeName": "String[]", "expression": { "type": "JavaScript", "value": "['A']" } } }""";
        var json = Flowchart([Start, fork, WriteLine("any")], [Connect("start", "fork"), Connect("fork", "any", "Anything")]);

        Assert.Empty(TestValidator.Create().Validate(json).Messages);
    }

    [Fact]
    public void Validate_WorkflowAsActivityPorts_AreItsOutcomes()
    {
        var completor = WorkflowDefinitionReader.Parse("""
            { "id": "completor-v1", "definitionId": "completor", "name": "Completor", "outcomes": ["Success", "Failure"],
              "options": { "usableAsActivity": true }, "root": { "type": "Elsa.Flowchart", "id": "f" } }
            """);
        var json = Flowchart([Start, """{ "type": "Completor", "id": "complete" }""", WriteLine("ok"), WriteLine("done")],
            [Connect("start", "complete"), Connect("complete", "ok", "Success"), Connect("complete", "done")]);

        var result = TestValidator.Create(new InMemoryDefinitionProvider([completor])).Validate(json);

        var message = Assert.Single(result.Messages);
        Assert.Equal("$.root.connections[2]: Completor 'complete' has no port 'Done' (its ports: Success, Failure); connect from one of its ports or remove the connection. (line 13, column 7)", message.ToString());
    }

    [Fact]
    public void Validate_UnknownActivityType_WarnsAndSkipsItsPorts()
    {
        var json = Flowchart([Start, """{ "type": "Acme.Stamp", "id": "stamp" }""", WriteLine("after")],
            [Connect("start", "stamp"), Connect("stamp", "after", "Stamped")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Warning, "$.root.activities[1]",
            "Activity type 'Acme.Stamp' is not registered; it is kept as it is and will fault if it runs. Load the plugin or import the workflow that provides it.", 6, 7), message);
    }

    [Fact]
    public void Validate_UnreachableActivity_Warns()
    {
        var json = Flowchart([Start, WriteLine("a"), WriteLine("orphan")], [Connect("start", "a")]);

        var message = TestValidator.Single(json);

        Assert.Equal(new ValidationMessage(ValidationSeverity.Warning, "$.root.activities[2]",
            "Elsa.WriteLine 'orphan' cannot be reached from where its flowchart starts ('start'), so it never runs; connect it to the flow or remove it.", 7, 7), message);
    }

    [Fact]
    public void Validate_WithoutStartActivity_StartsFromActivitiesWithoutInboundConnections()
    {
        var json = Flowchart([WriteLine("a"), WriteLine("b"), WriteLine("c")], [Connect("a", "b")]);

        Assert.Empty(TestValidator.Create().Validate(json).Messages);
    }

    [Fact]
    public void Validate_NestedFlowchart_IsCheckedForReachabilityOnItsOwn()
    {
        const string sub = """{ "type": "Elsa.Flowchart", "id": "sub", "activities": [ { "type": "Elsa.Start", "id": "s2" }, { "type": "Elsa.WriteLine", "id": "lost" } ] }""";
        var json = Flowchart([Start, sub], [Connect("start", "sub")]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.activities[1].activities[1]: Elsa.WriteLine 'lost' cannot be reached from where its flowchart starts ('s2'), so it never runs; connect it to the flow or remove it. (line 6, column 102)", message.ToString());
    }

    [Fact]
    public void Validate_FlatConnectionFromMissingPort_IsCheckedToo()
    {
        var json = Flowchart([Start, WriteLine("write")],
            ["""{ "source": "start", "target": "write", "sourcePort": "Started", "targetPort": "In" }"""]);

        var message = TestValidator.Single(json);

        Assert.Equal("$.root.connections[0]: Elsa.Start 'start' has no port 'Started' (its ports: Done); connect from one of its ports or remove the connection. (line 9, column 7)", message.ToString());
    }
}
