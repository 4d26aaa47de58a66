using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>How stored definitions look on the wire: Elsa's WorkflowDefinitionModel and WorkflowDefinitionSummary.</summary>
internal static class DefinitionViews
{
    /// <summary>
    /// The whole stored JSON (fields PmoFlow does not model included), plus the links and the flags the Studio needs.
    /// A copy: the stored version is a snapshot that running instances still read.
    /// </summary>
    public static JsonObject Model(WorkflowDefinition definition)
    {
        var json = (JsonObject)definition.Json.DeepClone();
        json.Remove("$schema");
        json["isLatest"] = definition.IsLatest;
        json["isPublished"] = definition.IsPublished;
        json["isReadonly"] = false;
        json["links"] = DefinitionLinks.For(definition.DefinitionId);
        return json;
    }

    /// <summary>Elsa's summary: what the definition list and version history show.</summary>
    public static JsonObject Summary(WorkflowDefinition definition) => new()
    {
        ["id"] = definition.Id,
        ["definitionId"] = definition.DefinitionId,
        ["name"] = definition.Name,
        ["description"] = definition.Json["description"]?.DeepClone(),
        ["version"] = definition.Version,
        ["toolVersion"] = definition.Json["toolVersion"]?.DeepClone(),
        ["isLatest"] = definition.IsLatest,
        ["isPublished"] = definition.IsPublished,
        ["isReadonly"] = false,
        ["isSystem"] = false,
        ["createdAt"] = definition.Json["createdAt"]?.DeepClone(),
        ["materializerName"] = "Json",
        ["isMaterializerAvailable"] = true,
        ["links"] = DefinitionLinks.For(definition.DefinitionId),
    };

    /// <summary>The file Elsa's export writes: the definition with its schema first, without the API's links.</summary>
    public static JsonObject Export(WorkflowDefinition definition)
    {
        var export = new JsonObject { ["$schema"] = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json" };
        foreach (var (key, value) in definition.Json)
            if (key is not "$schema" and not "links") export[key] = value?.DeepClone();
        return export;
    }
}
