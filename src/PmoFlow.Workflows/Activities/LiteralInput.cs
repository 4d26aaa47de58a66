using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Activities;

internal static class LiteralInput
{
    /// <summary>The value of an input when it is a Literal expression (or a bare value); null otherwise.</summary>
    public static string? Read(ActivityModel node, string jsonKey) => node.Json[jsonKey] switch
    {
        JsonObject wrapped when wrapped["expression"] is JsonObject e && (e.GetString("type") ?? "Literal") == "Literal" => e["value"].AsString(),
        JsonValue bare => bare.AsString(),
        _ => null,
    };
}
