using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PmoFlow.Hosting.Engine;
using PmoFlow.Server.Common;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>
/// Changing definitions the way the Studio does: save a draft (auto-save), save and publish, publish, retract, delete,
/// import, revert. Every save goes through PmoFlow's definition service, so it is validated and versioned as any other.
/// </summary>
internal static class DefinitionWriteEndpoints
{
    public static void MapDefinitionWrites(this IEndpointRouteBuilder writes)
    {
        var definitions = writes.MapGroup("/workflow-definitions");
        definitions.MapPost("", SaveAsync).WithName("ElsaSaveWorkflowDefinition")
            .WithSummary("Save the draft (a new version when the latest is published), and publish it when asked");
        definitions.MapPost("/{definitionId}/publish", Publish).WithName("ElsaPublishWorkflowDefinition")
            .WithSummary("Publish the latest version: new instances start on it, running ones keep theirs");
        definitions.MapPost("/{definitionId}/retract", Retract).WithName("ElsaRetractWorkflowDefinition").WithSummary("Unpublish the published version");
        definitions.MapDelete("/{definitionId}", Delete).WithName("ElsaDeleteWorkflowDefinition").WithSummary("Delete every version of a definition");
        definitions.MapPost("/import", ImportAsync).WithName("ElsaImportWorkflowDefinition")
            .WithSummary("Import an exported definition, keeping its ids and version where free");
        definitions.MapPost("/{definitionId}/revert/{version:int}", Revert).WithName("ElsaRevertWorkflowDefinition")
            .WithSummary("Make an earlier version the content of the draft");
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, [FromServices] IWorkflowDefinitionService service, [FromServices] IWorkflowDefinitionStore store,
        CancellationToken cancellationToken)
    {
        var body = await ElsaJson.ReadObjectAsync(request, cancellationToken);
        if (body?["model"] is not JsonObject model) return Problems.Result(Problems.Invalid("model", "The body must be {\"model\": {...workflow definition...}, \"publish\": false|true}."));
        var publish = body["publish"] is JsonValue p && p.TryGetValue<bool>(out var b) && b;

        var json = DraftModel.Merge(model, store);
        var isNew = json["definitionId"] is not JsonValue id || store.Find(id.ToString(), VersionOptions.Latest) is null;
        // A draft is stored even when it does not validate yet (the Studio auto-saves half-finished work); a publish is refused.
        var result = service.Save(WorkflowDefinition.FromJson(json), new SaveOptions { Publish = publish, FailOnValidationErrors = publish });
        if (!result.Succeeded) return ValidationErrors.Refused(result.Validation, json, "The workflow does not validate, so it was not published.");

        var saved = result.Definition!;
        var response = DraftModel.SaveResponse(saved, alreadyPublished: false, ValidationErrors.From(result.Validation, saved.Json));
        return isNew
            ? TypedResults.Json(response, ElsaJson.Options, statusCode: StatusCodes.Status201Created)
            : ElsaJson.Ok(response);
    }

    private static IResult Publish(string definitionId, [FromServices] IWorkflowDefinitionService service, [FromServices] IWorkflowDefinitionStore store)
    {
        var latest = store.Find(definitionId, VersionOptions.Latest);
        if (latest is null) return NotFound(definitionId);
        if (latest.IsPublished) return ElsaJson.Ok(DraftModel.SaveResponse(latest, alreadyPublished: true, []));
        var result = service.Publish(definitionId);
        if (!result.Succeeded) return ValidationErrors.Refused(result.Validation, latest.Json, "The workflow does not validate, so it was not published.");
        return ElsaJson.Ok(DraftModel.SaveResponse(result.Definition!, alreadyPublished: false, ValidationErrors.From(result.Validation, result.Definition!.Json)));
    }

    private static IResult Retract(string definitionId, [FromServices] IWorkflowDefinitionStore store, [FromServices] IOptions<PmoEngineOptions> engine)
    {
        var published = store.Find(definitionId, VersionOptions.Published);
        if (published is null)
        {
            return store.Find(definitionId, VersionOptions.Latest) is null
                ? NotFound(definitionId)
                : Problems.Result(Problems.Invalid("definitionId", $"Workflow definition '{definitionId}' has no published version to retract."));
        }
        if (InUseByEngine(definitionId, engine) is { } refused) return refused;
        store.Retract(definitionId);
        return ElsaJson.Ok(DefinitionViews.Model(store.FindByVersionId(published.Id) ?? published));
    }

    private static IResult Delete(string definitionId, [FromServices] IWorkflowDefinitionStore store, [FromServices] IOptions<PmoEngineOptions> engine)
    {
        if (store.Find(definitionId, VersionOptions.Latest) is null) return NotFound(definitionId);
        if (InUseByEngine(definitionId, engine) is { } refused) return refused;
        store.Delete(definitionId);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, [FromServices] IWorkflowDefinitionService service, CancellationToken cancellationToken)
    {
        var model = await ElsaJson.ReadObjectAsync(request, cancellationToken);
        if (model is null || model["root"] is not JsonObject) return Problems.Result(Problems.Invalid("root", "The body must be an exported workflow definition with a 'root' activity."));
        // Elsa's import publishes what was published when exported; a file without the flag is published, as PmoFlow's own import does.
        var publish = model["isPublished"] is not JsonValue flag || !flag.TryGetValue<bool>(out var published) || published;
        var result = service.Save(WorkflowDefinition.FromJson(model), SaveOptions.Import with { Publish = publish });
        if (!result.Succeeded) return ValidationErrors.Refused(result.Validation, model, "The workflow does not validate, so it was not imported.");
        return ElsaJson.Ok(DefinitionViews.Model(result.Definition!));
    }

    private static IResult Revert(string definitionId, int version, [FromServices] IWorkflowDefinitionService service, [FromServices] IWorkflowDefinitionStore store)
    {
        var old = store.Find(definitionId, VersionOptions.Specific(version));
        if (old is null) return Problems.Result(Problems.NotFound("version", $"Workflow definition '{definitionId}' has no version {version}."));
        var result = service.Save(old.Clone(), new SaveOptions { FailOnValidationErrors = false });
        return ElsaJson.Ok(DefinitionViews.Model(result.Definition!));
    }

    /// <summary>
    /// The engine starts every new service on the flywheel's published version; retracting or deleting it would stop
    /// new services from starting, so the API refuses rather than letting the next service creation fail.
    /// </summary>
    private static IResult? InUseByEngine(string definitionId, IOptions<PmoEngineOptions> engine) =>
        string.Equals(definitionId, engine.Value.FlywheelDefinitionId, StringComparison.Ordinal)
            ? Problems.Result(Problems.Conflict("definitionId",
                $"'{definitionId}' is the flywheel every new service starts on ({PmoEngineOptions.SectionName}:FlywheelDefinitionId); publish a new version instead."))
            : null;

    private static IResult NotFound(string definitionId) => Problems.Result(Problems.NotFound("definitionId", $"No workflow definition has id '{definitionId}'."));
}
