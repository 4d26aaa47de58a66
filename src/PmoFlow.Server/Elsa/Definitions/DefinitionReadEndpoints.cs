using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using PmoFlow.Server.Common;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>Reading definitions the way the Studio does: the list, one version by definition id or version id, versions, export.</summary>
internal static class DefinitionReadEndpoints
{
    public static void MapDefinitionReads(this IEndpointRouteBuilder reads)
    {
        var definitions = reads.MapGroup("/workflow-definitions");
        definitions.MapGet("", List).WithName("ElsaListWorkflowDefinitions").WithSummary("Definitions, one version each (or all versions), paged");
        definitions.MapGet("/query/count", (IWorkflowDefinitionStore store) => ElsaJson.Ok(new JsonObject { ["count"] = store.List(VersionOptions.Latest).Count }))
            .WithName("ElsaCountWorkflowDefinitions").WithSummary("How many definitions there are");
        definitions.MapGet("/by-definition-id/{definitionId}", GetByDefinitionId).WithName("ElsaGetWorkflowDefinition")
            .WithSummary("One version of a definition: Latest, Published, LatestOrPublished or a version number");
        definitions.MapGet("/by-id/{id}", GetById).WithName("ElsaGetWorkflowDefinitionVersion").WithSummary("One version by its version id");
        definitions.MapGet("/many-by-id", GetManyById).WithName("ElsaGetWorkflowDefinitionVersions").WithSummary("Several versions by their version ids");
        definitions.MapGet("/validation/is-name-unique", IsNameUnique).WithName("ElsaIsWorkflowNameUnique")
            .WithSummary("Whether no other definition has this name");
        definitions.MapGet("/{definitionId}/versions", Versions).WithName("ElsaListWorkflowDefinitionVersions")
            .WithSummary("Every version of a definition, newest first");
        definitions.MapGet("/{definitionId}/export", Export).WithName("ElsaExportWorkflowDefinition")
            .WithSummary("The definition as an Elsa JSON file");
    }

    private static IResult List(HttpRequest request, [FromServices] IWorkflowDefinitionStore store)
    {
        var errors = new RequestErrors();
        var query = DefinitionListQuery.Parse(request.Query, errors);
        if (query is null) return errors.ToResult();
        var matching = query.Select(store);
        var page = matching.Skip(query.Page * query.PageSize).Take(query.PageSize).Select(DefinitionViews.Summary);
        return ElsaJson.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. page]),
            ["totalCount"] = matching.Count,
            ["links"] = new JsonArray(),
        });
    }

    private static IResult GetByDefinitionId(string definitionId, string? versionOptions, [FromServices] IWorkflowDefinitionStore store) =>
        Find(definitionId, versionOptions, store, out var definition) is { } problem ? problem : ElsaJson.Ok(DefinitionViews.Model(definition!));

    private static IResult GetById(string id, [FromServices] IWorkflowDefinitionStore store) =>
        store.FindByVersionId(id) is { } definition
            ? ElsaJson.Ok(DefinitionViews.Model(definition))
            : Problems.Result(Problems.NotFound("id", $"No workflow definition version has id '{id}'."));

    private static IResult GetManyById(HttpRequest request, [FromServices] IWorkflowDefinitionStore store)
    {
        var found = request.Query["ids"].Select(id => id is null ? null : store.FindByVersionId(id)).OfType<WorkflowDefinition>().Select(DefinitionViews.Model).ToArray();
        return ElsaJson.List(found);
    }

    private static IResult IsNameUnique(string? name, string? definitionId, [FromServices] IWorkflowDefinitionStore store)
    {
        var errors = new RequestErrors();
        var trimmed = errors.Text("name", name);
        if (trimmed is null) return errors.ToResult();
        var taken = store.List(VersionOptions.Latest).Any(d => d.DefinitionId != definitionId && string.Equals(d.Name?.Trim(), trimmed, StringComparison.OrdinalIgnoreCase));
        return ElsaJson.Ok(new JsonObject { ["isUnique"] = !taken });
    }

    private static IResult Versions(string definitionId, [FromServices] IWorkflowDefinitionStore store)
    {
        var versions = store.ListVersions(definitionId);
        if (versions.Count == 0) return Problems.Result(Problems.NotFound("definitionId", $"No workflow definition has id '{definitionId}'."));
        return ElsaJson.Ok(new JsonObject
        {
            ["items"] = new JsonArray([.. versions.Reverse().Select(DefinitionViews.Summary)]),
            ["totalCount"] = versions.Count,
        });
    }

    private static IResult Export(string definitionId, string? versionOptions, [FromServices] IWorkflowDefinitionStore store)
    {
        if (Find(definitionId, versionOptions, store, out var definition) is { } problem) return problem;
        var text = DefinitionViews.Export(definition!).ToJsonString(new System.Text.Json.JsonSerializerOptions(ElsaJson.Options) { WriteIndented = true });
        var fileName = $"{Workflows.Model.Naming.ToPascalCase(definition!.Name ?? definition.DefinitionId)}.json";
        return TypedResults.File(Encoding.UTF8.GetBytes(text), "application/json", fileName);
    }

    /// <summary>A problem when the version options are malformed or nothing matches; null with the definition otherwise.</summary>
    internal static IResult? Find(string definitionId, string? versionOptions, IWorkflowDefinitionStore store, out WorkflowDefinition? definition)
    {
        definition = null;
        // Elsa's default when the Studio leaves the option out is the newest version.
        var text = string.IsNullOrWhiteSpace(versionOptions) ? "Latest" : versionOptions;
        if (!VersionOptions.TryParse(text, out var options))
            return Problems.Result(Problems.Invalid("versionOptions", $"'{versionOptions}' is not a version option; use Latest, Published, LatestOrPublished or a version number."));
        definition = store.Find(definitionId, options);
        return definition is null
            ? Problems.Result(Problems.NotFound("definitionId", $"No workflow definition '{definitionId}' has a {options} version."))
            : null;
    }
}
