using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>
/// An Elsa 3 workflow definition. The JSON object is the source of truth, so every field PmoFlow does not
/// model (and every activity of an unknown type) survives a load and save unchanged; the properties here are
/// typed views over it.
/// </summary>
public sealed class WorkflowDefinition
{
    private WorkflowDefinition(JsonObject json, ActivityModel root, string? source)
    {
        Json = json;
        Root = root;
        Source = source;
        Variables = VariableDefinition.ReadAll(json["variables"] as JsonArray, "$.variables");
        Inputs = ArgumentDefinition.ReadAll(json["inputs"] as JsonArray);
        Outputs = ArgumentDefinition.ReadAll(json["outputs"] as JsonArray);
        Outcomes = (json["outcomes"] as JsonArray)?.Select(o => o.AsString()).OfType<string>().ToArray() ?? [];
    }

    /// <summary>The whole definition as JSON.</summary>
    public JsonObject Json { get; }

    /// <summary>Where the definition was read from (a file path), for messages.</summary>
    public string? Source { get; }

    /// <summary>The version id (Elsa's <c>id</c>).</summary>
    public string Id => Json.GetString("id") ?? "";

    /// <summary>The id shared by all versions of the definition.</summary>
    public string DefinitionId => Json.GetString("definitionId") ?? "";

    /// <summary>The definition's name.</summary>
    public string? Name => Json.GetString("name");

    /// <summary>The version number.</summary>
    public int Version => Json.GetInt("version") ?? 1;

    /// <summary>Whether this version is published.</summary>
    public bool IsPublished => Json.GetBool("isPublished") ?? false;

    /// <summary>Whether this is the latest version.</summary>
    public bool IsLatest => Json.GetBool("isLatest") ?? false;

    /// <summary>Whether other workflows may use this one as an activity.</summary>
    public bool UsableAsActivity =>
        Json.GetBool("usableAsActivity") ?? (Json["options"] as JsonObject)?.GetBool("usableAsActivity") ?? false;

    /// <summary>The root activity, usually an <c>Elsa.Flowchart</c>.</summary>
    public ActivityModel Root { get; }

    /// <summary>The workflow variables.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; }

    /// <summary>The workflow inputs.</summary>
    public IReadOnlyList<ArgumentDefinition> Inputs { get; }

    /// <summary>The workflow outputs.</summary>
    public IReadOnlyList<ArgumentDefinition> Outputs { get; }

    /// <summary>The outcomes the workflow can complete with when used as an activity.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>Wraps a parsed JSON object. Throws <see cref="WorkflowFormatException"/> when the shape is wrong.</summary>
    public static WorkflowDefinition FromJson(JsonObject json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json["root"] is not JsonObject rootJson)
            throw new WorkflowFormatException(source, "$.root", "a workflow definition needs a 'root' activity object");
        var root = ActivityModel.Read(rootJson, "$.root", parent: null, source);
        return new WorkflowDefinition(json, root, source);
    }

    /// <summary>This version with its latest/published flags set; itself when they already are (stored versions are never edited in place).</summary>
    public WorkflowDefinition WithFlags(bool isLatest, bool isPublished)
    {
        if (IsLatest == isLatest && IsPublished == isPublished && Json.ContainsKey("isLatest")) return this;
        var json = (JsonObject)Json.DeepClone();
        json["isLatest"] = isLatest;
        json["isPublished"] = isPublished;
        return FromJson(json, Source);
    }

    /// <summary>A deep copy, so callers can edit without touching this instance.</summary>
    public WorkflowDefinition Clone() => FromJson((JsonObject)Json.DeepClone(), Source);

    /// <summary>The definition's name as an activity type: PascalCase of the name ("Subworkflow test" → SubworkflowTest).</summary>
    public string ActivityTypeName => Naming.ToPascalCase(Name ?? DefinitionId);

    /// <inheritdoc />
    public override string ToString() => $"{Name ?? DefinitionId} v{Version}";
}
