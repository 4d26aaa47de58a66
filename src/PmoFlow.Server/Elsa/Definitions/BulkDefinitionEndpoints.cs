using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PmoFlow.Hosting.Engine;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>The definition list's bulk menu: delete, publish and retract several definitions at once.</summary>
internal static class BulkDefinitionEndpoints
{
    public static void MapBulkDefinitionWrites(this IEndpointRouteBuilder writes)
    {
        var bulk = writes.MapGroup("/bulk-actions");
        bulk.MapPost("/delete/workflow-definitions/by-definition-id", DeleteAsync).WithName("ElsaBulkDeleteWorkflowDefinitions").WithSummary("Delete several definitions");
        bulk.MapPost("/publish/workflow-definitions/by-definition-ids", PublishAsync).WithName("ElsaBulkPublishWorkflowDefinitions").WithSummary("Publish several definitions");
        bulk.MapPost("/retract/workflow-definitions/by-definition-ids", RetractAsync).WithName("ElsaBulkRetractWorkflowDefinitions").WithSummary("Retract several definitions");
    }

    private static async Task<IResult> DeleteAsync(HttpRequest request, [FromServices] IWorkflowDefinitionStore store, [FromServices] IOptions<PmoEngineOptions> engine,
        CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var id in await IdsAsync(request, cancellationToken))
            if (id != engine.Value.FlywheelDefinitionId && store.Delete(id)) deleted++;
        return ElsaJson.Ok(new JsonObject { ["deleted"] = deleted });
    }

    private static async Task<IResult> PublishAsync(HttpRequest request, [FromServices] IWorkflowDefinitionService service, [FromServices] IWorkflowDefinitionStore store,
        CancellationToken cancellationToken)
    {
        JsonArray published = [], alreadyPublished = [], notFound = [], skipped = [];
        foreach (var id in await IdsAsync(request, cancellationToken))
        {
            var latest = store.Find(id, VersionOptions.Latest);
            if (latest is null) notFound.Add(id);
            else if (latest.IsPublished) alreadyPublished.Add(id);
            else if (service.Publish(id).Succeeded) published.Add(id);
            else skipped.Add(id);
        }
        return ElsaJson.Ok(new JsonObject
        {
            ["published"] = published, ["alreadyPublished"] = alreadyPublished, ["notFound"] = notFound, ["skipped"] = skipped, ["updatedConsumers"] = new JsonArray(),
        });
    }

    private static async Task<IResult> RetractAsync(HttpRequest request, [FromServices] IWorkflowDefinitionStore store, [FromServices] IOptions<PmoEngineOptions> engine,
        CancellationToken cancellationToken)
    {
        JsonArray retracted = [], alreadyRetracted = [], notFound = [], skipped = [];
        foreach (var id in await IdsAsync(request, cancellationToken))
        {
            if (store.Find(id, VersionOptions.Latest) is null) notFound.Add(id);
            else if (id == engine.Value.FlywheelDefinitionId) skipped.Add(id);
            else if (store.Retract(id)) retracted.Add(id);
            else alreadyRetracted.Add(id);
        }
        return ElsaJson.Ok(new JsonObject { ["retracted"] = retracted, ["alreadyRetracted"] = alreadyRetracted, ["notFound"] = notFound, ["skipped"] = skipped });
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ElsaJson.ReadObjectAsync(request, cancellationToken);
        return body?["definitionIds"] is JsonArray ids ? [.. ids.OfType<JsonValue>().Select(v => v.ToString()).Distinct(StringComparer.Ordinal)] : [];
    }
}
