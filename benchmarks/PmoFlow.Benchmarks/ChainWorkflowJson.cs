using System.Globalization;
using System.Text.Json.Nodes;

namespace PmoFlow.Benchmarks;

/// <summary>Builds Elsa 3 JSON for a flowchart Start → WriteLine1 → … → WriteLineN.</summary>
internal static class ChainWorkflowJson
{
    public static string Create(int writeLines, string text)
    {
        var activities = new JsonArray { Activity("start", "Elsa.Start") };
        var connections = new JsonArray();
        var previous = "start";
        for (var i = 1; i <= writeLines; i++)
        {
            var id = "write" + i.ToString(CultureInfo.InvariantCulture);
            var activity = Activity(id, "Elsa.WriteLine");
            activity["text"] = new JsonObject
            {
                ["typeName"] = "String",
                ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = text },
            };
            activities.Add(activity);
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = previous, ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = id, ["port"] = "In" },
                ["vertices"] = new JsonArray(),
            });
            previous = id;
        }

        var definition = new JsonObject
        {
            ["id"] = "chain-v1",
            ["definitionId"] = "chain",
            ["name"] = "Chain of WriteLines",
            ["version"] = 1,
            ["variables"] = new JsonArray(),
            ["isLatest"] = true,
            ["isPublished"] = true,
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["id"] = "flowchart",
                ["activities"] = activities,
                ["connections"] = connections,
            },
        };
        return definition.ToJsonString();
    }

    private static JsonObject Activity(string id, string type) => new()
    {
        ["id"] = id,
        ["name"] = id,
        ["type"] = type,
        ["version"] = 1,
    };
}
