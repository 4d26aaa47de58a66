using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting.Engine;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Governance;

/// <summary>The PMO's charter, organizational baseline and gate thresholds: read and replace.</summary>
internal static class GovernanceEndpoints
{
    public static void MapGovernanceEndpoints(this IEndpointRouteBuilder api)
    {
        var governance = api.MapGroup("").WithTags("Governance");
        governance.MapGet("/charter", ([FromServices] IPmoStore store, CancellationToken ct) => store.GetCharterAsync(ct))
            .RequirePmoRead().WithName("GetCharter").WithSummary("The PMO charter: mandate, decision rights, objectives").Produces<PmoCharter>();
        governance.MapPut("/charter", PutCharterAsync).RequirePmoRole(PmoRole.Admin).WithName("PutCharter").WithSummary("Replace the PMO charter")
            .Produces<PmoCharter>().ProducesValidationProblem();
        governance.MapGet("/baseline", ([FromServices] IPmoStore store, CancellationToken ct) => store.GetBaselineAsync(ct))
            .RequirePmoRead().WithName("GetBaseline").WithSummary("The organizational baseline").Produces<OrganizationalBaseline>();
        governance.MapPut("/baseline", PutBaselineAsync).RequirePmoRole(PmoRole.Admin).WithName("PutBaseline").WithSummary("Replace the organizational baseline; re-evaluates every service")
            .Produces<OrganizationalBaseline>().ProducesValidationProblem();
        governance.MapGet("/thresholds", ([FromServices] IPmoStore store, CancellationToken ct) => store.GetThresholdsAsync(ct))
            .RequirePmoRead().WithName("GetThresholds").WithSummary("The gate thresholds in force").Produces<GateThresholds>();
        governance.MapPut("/thresholds", PutThresholdsAsync).RequirePmoRole(PmoRole.Admin).WithName("PutThresholds").WithSummary("Replace the gate thresholds; re-evaluates every service")
            .Produces<GateThresholds>().ProducesValidationProblem();
    }

    private static async Task<IResult> PutCharterAsync([FromBody] CharterRequest request, [FromServices] IPmoStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var charter = request.ToCharter(errors);
        if (charter is null) return errors.ToResult();
        await store.SetCharterAsync(charter, Actor.Of(http), cancellationToken);
        return TypedResults.Ok(await store.GetCharterAsync(cancellationToken));
    }

    private static async Task<IResult> PutBaselineAsync([FromBody] BaselineRequest request, [FromServices] IPmoStore store, [FromServices] IPmoEngine engine,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var baseline = request.ToBaseline(errors);
        if (baseline is null) return errors.ToResult();
        await store.SetBaselineAsync(baseline, Actor.Of(http), cancellationToken);
        await RequeueAllAsync(store, engine, "baseline.changed", cancellationToken);
        return TypedResults.Ok(await store.GetBaselineAsync(cancellationToken));
    }

    private static async Task<IResult> PutThresholdsAsync([FromBody] ThresholdsRequest request, [FromServices] IPmoStore store, [FromServices] IPmoEngine engine,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var thresholds = request.ToThresholds(errors);
        if (thresholds is null) return errors.ToResult();
        await store.SetThresholdsAsync(thresholds, Actor.Of(http), cancellationToken);
        await RequeueAllAsync(store, engine, "thresholds.changed", cancellationToken);
        return TypedResults.Ok(await store.GetThresholdsAsync(cancellationToken));
    }

    // Rules read thresholds and the baseline, so a blocked gate may pass now; the engine's loop picks the work up
    // rather than this request re-evaluating every service itself.
    private static async Task RequeueAllAsync(IPmoStore store, IPmoEngine engine, string reason, CancellationToken cancellationToken)
    {
        foreach (var service in await store.ListServicesAsync(ServiceFilter.All, cancellationToken))
            await store.QueueWorkAsync(service.Id, reason, cancellationToken);
        engine.Signal();
    }
}
