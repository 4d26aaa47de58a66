using System.Text.Json.Nodes;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>Small definitions in Elsa's JSON for API tests.</summary>
internal static class SampleDefinitions
{
    /// <summary>Start → WriteLine "Hello", published as version 1.</summary>
    public static JsonObject Minimal(string definitionId, string name, string text = "Hello") => new()
    {
        ["id"] = $"{definitionId}-v1",
        ["definitionId"] = definitionId,
        ["name"] = name,
        ["version"] = 1,
        ["isPublished"] = true,
        ["isLatest"] = true,
        ["toolVersion"] = "3.8.0.0",
        ["variables"] = new JsonArray(),
        ["inputs"] = new JsonArray(),
        ["outputs"] = new JsonArray(),
        ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(),
        ["options"] = new JsonObject { ["usableAsActivity"] = false },
        ["root"] = new JsonObject
        {
            ["id"] = "flowchart",
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = new JsonArray
            {
                Activity("start", "Elsa.Start", 0),
                Activity("hello", "Elsa.WriteLine", 300, ("text", new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = text } })),
            },
            ["connections"] = new JsonArray { Connection("start", "Done", "hello") },
            ["variables"] = new JsonArray(),
        },
    };

    public static JsonObject Activity(string id, string type, double x, params (string Key, JsonNode Value)[] inputs)
    {
        var activity = new JsonObject
        {
            ["id"] = id,
            ["type"] = type,
            ["version"] = 1,
            ["customProperties"] = new JsonObject(),
            ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = x, ["y"] = 0 } } },
        };
        foreach (var (key, value) in inputs) activity[key] = value;
        return activity;
    }

    public static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };
}
