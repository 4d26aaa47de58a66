using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>
/// One activity node of a definition, as a typed view over its JSON object. Inputs stay where Elsa puts them,
/// as camelCase properties (<c>"text": {"typeName": "String", "expression": {...}}</c>); nested activities
/// (a flowchart's <c>activities</c>, a <c>body</c>) are found by shape: an object with a string <c>type</c> and <c>id</c>.
/// </summary>
public sealed class ActivityModel
{
    private static readonly HashSet<string> StructuralKeys = new(StringComparer.Ordinal)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "activities", "connections", "variables", "body", "root",
    };

    private readonly List<ActivityModel> _children = [];

    private ActivityModel(JsonObject json, string path, ActivityModel? parent)
    {
        Json = json;
        JsonPath = path;
        Parent = parent;
    }

    /// <summary>The node's JSON object (shared with the definition: edits show up in it).</summary>
    public JsonObject Json { get; }

    /// <summary>Where the node sits in the definition JSON (<c>$.root.activities[3]</c>).</summary>
    public string JsonPath { get; }

    /// <summary>The containing activity, if any.</summary>
    public ActivityModel? Parent { get; }

    /// <summary>The node's id.</summary>
    public string Id => Json.GetString("id") ?? "";

    /// <summary>The node's activity type.</summary>
    public string Type => Json.GetString("type") ?? "";

    /// <summary>The node's name, if any.</summary>
    public string? Name => Json.GetString("name");

    /// <summary>The activity type version.</summary>
    public int Version => Json.GetInt("version") ?? 1;

    /// <summary>The node's custom properties (merge mode, designer flags).</summary>
    public JsonObject? CustomProperties => Json["customProperties"] as JsonObject;

    /// <summary>The designer metadata (position, size, display text).</summary>
    public JsonObject? Metadata => Json["metadata"] as JsonObject;

    /// <summary>Activities nested directly in this one, in document order.</summary>
    public IReadOnlyList<ActivityModel> Children => _children;

    /// <summary>The flowchart connections when this node is a flowchart; empty otherwise.</summary>
    public IReadOnlyList<Connection> Connections { get; private set; } = [];

    /// <summary>Variables declared on this container node.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; private set; } = [];

    /// <summary>The properties that are not structural: the inputs, outputs and anything PmoFlow does not know.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> InputProperties => Json.Where(p => !StructuralKeys.Contains(p.Key));


    /// <summary>The text display name: <c>name</c>, else <c>id</c>.</summary>
    public string DisplayName => string.IsNullOrEmpty(Name) ? Id : Name!;

    internal static ActivityModel Read(JsonObject json, string path, ActivityModel? parent, string? source)
    {
        if (json.GetString("type") is not { Length: > 0 })
            throw new WorkflowFormatException(source, path, "an activity needs a non-empty string 'type'");
        if (json.GetString("id") is not { Length: > 0 })
            throw new WorkflowFormatException(source, path, "an activity needs a non-empty string 'id'");

        var model = new ActivityModel(json, path, parent);
        foreach (var (key, value) in json)
        {
            var childPath = $"{path}.{key}";
            if (value is JsonObject obj && IsActivity(obj))
                model._children.Add(Read(obj, childPath, model, source));
            else if (value is JsonArray array && key is "activities")
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is not JsonObject item)
                        throw new WorkflowFormatException(source, $"{childPath}[{i}]", "each entry of 'activities' must be an activity object");
                    model._children.Add(Read(item, $"{childPath}[{i}]", model, source));
                }
            }
        }

        model.Connections = Connection.ReadAll(json["connections"] as JsonArray, path + ".connections", source);
        model.Variables = VariableDefinition.ReadAll(json["variables"] as JsonArray, path + ".variables");
        return model;
    }

    private static bool IsActivity(JsonObject obj) =>
        obj["type"] is JsonValue t && t.GetValueKind() == System.Text.Json.JsonValueKind.String
        && obj["id"] is JsonValue i && i.GetValueKind() == System.Text.Json.JsonValueKind.String;

    /// <inheritdoc />
    public override string ToString() => $"{Type} '{DisplayName}'";
}
