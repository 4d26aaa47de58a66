using System.Text.Json.Nodes;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>
/// Turns the model the Studio posts into the JSON PmoFlow stores. The Studio sends the whole definition, but not every
/// field PmoFlow may hold (an imported file's own fields, for one): those are carried over from the latest stored
/// version, so an edit in the designer never drops what it did not show.
/// </summary>
internal static class DraftModel
{
    /// <summary>Fields that describe the API's answer, not the definition.</summary>
    private static readonly HashSet<string> ResponseOnly = new(StringComparer.Ordinal) { "links", "isReadonly", "$schema" };

    public static JsonObject Merge(JsonObject model, IWorkflowDefinitionStore store)
    {
        var definitionId = model["definitionId"] is JsonValue id ? id.ToString() : null;
        var latest = string.IsNullOrWhiteSpace(definitionId) ? null : store.Find(definitionId, VersionOptions.Latest);
        var json = latest is null ? new JsonObject() : (JsonObject)latest.Json.DeepClone();
        foreach (var (key, value) in model)
            if (!ResponseOnly.Contains(key)) json[key] = value?.DeepClone();
        if (string.IsNullOrWhiteSpace(definitionId)) json.Remove("definitionId");
        if (json["root"] is not JsonObject) json["root"] = EmptyFlowchart();
        foreach (var list in new[] { "variables", "inputs", "outputs", "outcomes" })
            if (json[list] is not JsonArray) json[list] = new JsonArray();
        if (json["customProperties"] is not JsonObject) json["customProperties"] = new JsonObject();
        return json;
    }

    /// <summary>What a new workflow starts as: an empty flowchart, as the Studio creates one.</summary>
    public static JsonObject EmptyFlowchart() => new()
    {
        ["type"] = "Elsa.Flowchart",
        ["version"] = 1,
        ["id"] = Guid.NewGuid().ToString("N")[..16],
        ["customProperties"] = new JsonObject(),
        ["metadata"] = new JsonObject(),
        ["activities"] = new JsonArray(),
        ["variables"] = new JsonArray(),
        ["connections"] = new JsonArray(),
    };

    /// <summary>Elsa's save answer.</summary>
    public static JsonObject SaveResponse(WorkflowDefinition definition, bool alreadyPublished, JsonArray validationErrors) => new()
    {
        ["workflowDefinition"] = DefinitionViews.Model(definition),
        ["alreadyPublished"] = alreadyPublished,
        ["consumingWorkflowCount"] = 0,
        ["validationErrors"] = validationErrors,
    };
}
