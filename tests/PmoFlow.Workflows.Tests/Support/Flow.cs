using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Tests.Support;

/// <summary>Builds Elsa 3 workflow JSON in code, in the shapes Elsa Studio exports.</summary>
internal static class Flow
{
    public static JsonObject Literal(object? value, string typeName = "String") =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = JsonValue.Create(value) } };

    public static JsonObject Activity(string id, string type, params (string Key, JsonNode? Value)[] properties)
    {
        var activity = new JsonObject { ["id"] = id, ["nodeId"] = $"Workflow1:{id}", ["name"] = id, ["type"] = type, ["version"] = 1, ["customProperties"] = new JsonObject(), ["metadata"] = new JsonObject() };
        foreach (var (key, value) in properties) activity[key] = value;
        return activity;
    }

    public static JsonObject WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", Literal(text)));

    public static JsonObject Decision(string id, bool condition) => Activity(id, "Elsa.FlowDecision", ("condition", Literal(condition, "Boolean")));

    public static JsonObject Event(string id, string name) => Activity(id, "Elsa.Event", ("eventName", Literal(name)));

    public static JsonObject Join(string id, string mode) => Activity(id, "Elsa.FlowJoin", ("mode", Literal(mode)));

    public static JsonObject WithMergeMode(this JsonObject activity, string mode)
    {
        activity["customProperties"]!["mergeMode"] = mode;
        return activity;
    }

    public static JsonObject Connect(string source, string target, string port = "Done") => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
        ["vertices"] = new JsonArray(),
    };

    public static JsonObject Flowchart(string id, IEnumerable<JsonObject> activities, IEnumerable<JsonObject> connections) => new()
    {
        ["id"] = id, ["type"] = "Elsa.Flowchart", ["version"] = 1, ["customProperties"] = new JsonObject(), ["metadata"] = new JsonObject(),
        ["activities"] = new JsonArray(activities.Cast<JsonNode>().ToArray()),
        ["connections"] = new JsonArray(connections.Cast<JsonNode>().ToArray()),
    };

    public static JsonObject Definition(string definitionId, JsonObject root, JsonArray? variables = null, string? name = null) => new()
    {
        ["id"] = definitionId + "-v1", ["definitionId"] = definitionId, ["name"] = name ?? definitionId, ["version"] = 1,
        ["variables"] = variables ?? [], ["inputs"] = new JsonArray(), ["outputs"] = new JsonArray(), ["outcomes"] = new JsonArray(),
        ["customProperties"] = new JsonObject(), ["isLatest"] = true, ["isPublished"] = true, ["root"] = root,
    };

    /// <summary>A definition whose root flowchart holds the given activities and connections.</summary>
    public static JsonObject Chart(string definitionId, IEnumerable<JsonObject> activities, params JsonObject[] connections) =>
        Definition(definitionId, Flowchart("flowchart1", activities, connections));
}

internal static class FlowExtensions
{
    public static JsonObject WithVariable(this JsonObject definition, string id, string name, string typeName, string? value = null)
    {
        ((JsonArray)definition["variables"]!).Add(new JsonObject { ["id"] = id, ["name"] = name, ["typeName"] = typeName, ["isArray"] = false, ["value"] = value });
        return definition;
    }
}
