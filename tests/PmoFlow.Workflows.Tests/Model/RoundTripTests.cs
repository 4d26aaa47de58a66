using System.Text.Json.Nodes;
using PmoFlow.Tests.Conformance;
using PmoFlow.Workflows.Model;
using Xunit.Abstractions;

namespace PmoFlow.Workflows.Tests.Model;

public sealed class RoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryElsaScenarioWorkflow_SavesBackToSemanticallyEqualJson()
    {
        var folder = ConformanceFolder.Find();
        if (folder is null)
        {
            output.WriteLine(ConformanceFolder.MissingMessage);
            return;
        }
        var files = Directory.GetFiles(Path.Combine(folder, "workflows"), "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var original = JsonNode.Parse(File.ReadAllText(file).TrimStart('\uFEFF'));
            var saved = JsonNode.Parse(WorkflowDefinitionReader.Write(WorkflowDefinitionReader.ReadFile(file)));
            Assert.True(JsonNode.DeepEquals(original, saved), $"{file} changed on a load/save round trip");
        }
        output.WriteLine($"{files.Length} files round-tripped.");
    }

    [Fact]
    public void UnknownFieldsAndActivityTypes_SurviveUnchanged()
    {
        const string json = """
        {
          "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
          "id": "v1", "definitionId": "d1", "name": "Keep me", "version": 3, "vendorExtension": { "a": [1, 2, { "b": null }] },
          "root": {
            "id": "f1", "type": "Elsa.Flowchart", "futureFlag": true,
            "activities": [
              { "id": "x", "type": "Acme.Quantum", "version": 9, "entanglement": { "typeName": "Qubit", "expression": { "type": "Quantum", "value": "|0>" } }, "metadata": { "designer": { "position": { "x": 1.5, "y": -2 } } } },
              { "id": "w", "type": "Elsa.WriteLine", "text": null, "somethingElse": 12.75 }
            ],
            "connections": [ { "source": "x", "target": "w", "sourcePort": "Done", "targetPort": "In" } ]
          }
        }
        """;
        var definition = WorkflowDefinitionReader.Parse(json);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(WorkflowDefinitionReader.Write(definition))));
        Assert.Equal("Acme.Quantum", definition.Root.Children[0].Type);
    }

    [Fact]
    public void BothConnectionForms_ReadTheSame()
    {
        var definition = WorkflowDefinitionReader.Parse("""
        { "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [ { "id": "a", "type": "Elsa.Start" }, { "id": "b", "type": "Elsa.End" } ],
          "connections": [
            { "source": "a", "target": "b", "sourcePort": "Done", "targetPort": "In" },
            { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "b", "port": "In" }, "vertices": [] } ] } }
        """);
        var connections = definition.Root.Connections;
        Assert.Equal((connections[0].Source, connections[0].SourcePort, connections[0].Target, connections[0].TargetPort),
            (connections[1].Source, connections[1].SourcePort, connections[1].Target, connections[1].TargetPort));
    }

    [Theory]
    [InlineData("{ \"root\": { \"id\": \"f\", \"type\": \"Elsa.Flowchart\", } }", "$", "malformed JSON", 1L)]
    [InlineData("{ \"name\": \"no root\" }", "$.root", "a workflow definition needs a 'root' activity object", null)]
    [InlineData("{ \"root\": { \"id\": \"f\", \"type\": \"Elsa.Flowchart\", \"activities\": [ { \"id\": \"a\" } ] } }", "$.root.activities[0]", "an activity needs a non-empty string 'type'", null)]
    [InlineData("{ \"root\": { \"id\": \"f\", \"type\": \"Elsa.Flowchart\", \"activities\": [], \"connections\": [ { \"target\": \"a\" } ] } }", "$.root.connections[0].source", "the connection has no source", null)]
    public void BadShapes_AreReportedWithTheirJsonPath(string json, string path, string problem, long? line)
    {
        var error = Assert.Throws<WorkflowFormatException>(() => WorkflowDefinitionReader.Parse(json, "bad.json"));
        Assert.StartsWith(path, error.JsonPath, StringComparison.Ordinal);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("bad.json: ", error.Message, StringComparison.Ordinal);
    }
}
