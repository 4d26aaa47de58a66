using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>The outbound ports an activity node can complete through.</summary>
internal static class FlowPorts
{
    private static readonly IReadOnlyList<string> Done = ["Done"];

    /// <summary>The port names, or null when they cannot be known before the node runs (unknown type, computed fork branches).</summary>
    public static IReadOnlyList<string>? Of(ValidationContext context, ActivityModel node)
    {
        var behavior = context.Behavior(node);
        if (behavior is null) return null;
        // A fork's ports are the branches its author typed, not part of its descriptor.
        if (node.Type == "Elsa.FlowFork") return ForkBranches(node);
        return behavior.Descriptor.Ports.Select(p => p.Name).ToArray();
    }

    private static IReadOnlyList<string>? ForkBranches(ActivityModel node)
    {
        JsonNode? value;
        switch (node.Json["branches"])
        {
            case JsonObject wrapped when wrapped["expression"] is JsonObject expression:
                if ((expression.GetString("type") ?? "Literal") is not ("Literal" or "Object")) return null;
                value = expression["value"];
                break;
            case JsonObject:
                value = null; // wrapped without an expression: no branches
                break;
            case var bare:
                value = bare;
                break;
        }

        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
        {
            var json = text.GetValue<string>();
            if (string.IsNullOrWhiteSpace(json)) return Done;
            try
            {
                value = JsonNode.Parse(json);
            }
            catch (JsonException)
            {
                return null; // the expression rule reports the broken JSON
            }
        }
        if (value is null) return Done;
        if (value is not JsonArray array || array.Any(b => b is not JsonValue)) return null;
        // A fork without branches completes through Done, as the runtime does.
        var branches = array.Select(b => b.AsString() ?? "").ToArray();
        return branches.Length == 0 ? Done : branches;
    }
}
