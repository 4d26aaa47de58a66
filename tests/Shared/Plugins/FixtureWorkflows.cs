using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Tests.Plugins;

/// <summary>Workflows that use the fixture plugin's activities, in Elsa 3 JSON as the designer saves it.</summary>
internal static class FixtureWorkflows
{
    /// <summary>Greets "first" with Fixture.Echo, waits for the event <c>go</c>, greets "second"; each greeting is written out.</summary>
    public const string GreetTwice = """
        {
          "id": "greet-twice-v1", "definitionId": "greet-twice", "name": "Greet twice", "version": 1, "isLatest": true, "isPublished": true,
          "variables": [ { "id": "greeting", "name": "Greeting", "typeName": "String", "isArray": false } ],
          "inputs": [], "outputs": [], "outcomes": [], "customProperties": {},
          "root": {
            "id": "flow", "type": "Elsa.Flowchart", "version": 1, "customProperties": {}, "metadata": {},
            "activities": [
              { "id": "first", "type": "Fixture.Echo", "version": 1,
                "name": { "typeName": "String", "expression": { "type": "Literal", "value": "first" } },
                "greeting": { "typeName": "String", "memoryReference": { "id": "greeting" } } },
              { "id": "say-first", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getGreeting()" } } },
              { "id": "wait", "type": "Elsa.Event", "version": 1, "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "go" } } },
              { "id": "second", "type": "Fixture.Echo", "version": 1,
                "name": { "typeName": "String", "expression": { "type": "Literal", "value": "second" } },
                "greeting": { "typeName": "String", "memoryReference": { "id": "greeting" } } },
              { "id": "say-second", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getGreeting()" } } }
            ],
            "connections": [
              { "source": { "activity": "first", "port": "Done" }, "target": { "activity": "say-first", "port": "In" } },
              { "source": { "activity": "say-first", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "second", "port": "In" } },
              { "source": { "activity": "second", "port": "Done" }, "target": { "activity": "say-second", "port": "In" } }
            ]
          }
        }
        """;

    /// <summary>Runs Fixture.Boom, which throws.</summary>
    public const string Boom = """
        {
          "id": "boom-v1", "definitionId": "boom", "name": "Boom", "version": 1, "isLatest": true, "isPublished": true,
          "variables": [], "inputs": [], "outputs": [], "outcomes": [], "customProperties": {},
          "root": {
            "id": "flow", "type": "Elsa.Flowchart", "version": 1, "customProperties": {}, "metadata": {},
            "activities": [ { "id": "boom", "type": "Fixture.Boom", "version": 1 } ],
            "connections": []
          }
        }
        """;

    /// <summary>Writes a line: no plugin involved.</summary>
    public const string Hello = """
        {
          "id": "hello-v1", "definitionId": "hello", "name": "Hello", "version": 1, "isLatest": true, "isPublished": true,
          "variables": [], "inputs": [], "outputs": [], "outcomes": [], "customProperties": {},
          "root": {
            "id": "flow", "type": "Elsa.Flowchart", "version": 1, "customProperties": {}, "metadata": {},
            "activities": [ { "id": "hi", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "hello" } } } ],
            "connections": []
          }
        }
        """;

    public static WorkflowDefinition Import(this IWorkflowDefinitionService definitions, string json)
    {
        var result = definitions.Save(json, SaveOptions.Import);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.ValidationErrors));
        return result.Definition!;
    }
}
