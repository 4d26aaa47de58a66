using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Browser.Tests.Designer;

/// <summary>
/// Compares two stored versions: the new one is the old one plus exactly one activity and one connection. "The same"
/// means the same meaning: the canvas re-measures every node (designer position and size), and the Studio writes the
/// fields it knows with null where the file left them out; neither is a change a person made.
/// </summary>
internal static class FlywheelDiff
{
    private static readonly string[] VersionKeys = ["id", "version", "isLatest", "isPublished"];

    public static void AssertOnlyAdded(WorkflowDefinition before, WorkflowDefinition after, string addedId, string addedType, (string Activity, string Port) from)
    {
        var oldActivities = Activities(before);
        var newActivities = Activities(after);
        Assert.Equal(oldActivities.Keys.Append(addedId).Order(), newActivities.Keys.Order());
        Assert.Equal(addedType, newActivities[addedId]["type"]!.ToString());
        foreach (var (id, old) in oldActivities)
            AssertSame(old, newActivities[id], $"activity '{id}'");

        Assert.Equal(Connections(before).Append($"{from.Activity}/{from.Port} -> {addedId}/In").Order(), Connections(after).Order());
        AssertSame(Rest(before), Rest(after), "the definition outside its activities and connections");
    }

    private static Dictionary<string, JsonObject> Activities(WorkflowDefinition definition) =>
        definition.Root.Json["activities"]!.AsArray().Select(a => a!.AsObject()).ToDictionary(a => a["id"]!.ToString());

    private static IEnumerable<string> Connections(WorkflowDefinition definition) =>
        definition.Root.Connections.Select(c => $"{c.Source}/{c.SourcePort} -> {c.Target}/{c.TargetPort}");

    private static JsonObject Rest(WorkflowDefinition definition)
    {
        var json = (JsonObject)definition.Json.DeepClone();
        foreach (var key in VersionKeys) json.Remove(key);
        var root = json["root"]!.AsObject();
        root.Remove("activities");
        root.Remove("connections");
        return json;
    }

    private static void AssertSame(JsonNode expected, JsonNode actual, string what)
    {
        var (a, b) = (Meaning(expected), Meaning(actual));
        Assert.True(JsonNode.DeepEquals(a, b), $"{what} changed:\n{a?.ToJsonString()}\n{b?.ToJsonString()}");
    }

    /// <summary>A copy without null-valued fields and without designer layout.</summary>
    private static JsonNode? Meaning(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (value is null || key == "designer") continue;
                    copy[key] = Meaning(value);
                }
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(Meaning)]);
            default:
                return node?.DeepClone();
        }
    }
}
