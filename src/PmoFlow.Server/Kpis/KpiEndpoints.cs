using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Kpis;

/// <summary>A service's KPIs: its success criteria, each with its latest observation.</summary>
internal static class KpiEndpoints
{
    public static void MapKpiEndpoints(this IEndpointRouteBuilder api)
    {
        var kpis = api.MapGroup("/services/{id}/kpis").WithTags("KPIs");
        kpis.MapPost("", CreateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("CreateKpi").WithSummary("Add a KPI with its success criterion; re-evaluates the service")
            .Produces<KpiCreated>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        kpis.MapGet("", ListAsync).RequirePmoRead().WithName("ListKpis").WithSummary("A service's KPIs, each with its latest observation")
            .Produces<IReadOnlyList<KpiView>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(string id, [FromBody] CreateKpiRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var kpi = request.ToKpi(id, errors);
        if (kpi is null) return errors.ToResult();

        await views.RequireAsync(id, cancellationToken);
        // Observations may name their KPI, so a name must say which one.
        if ((await store.ListKpisAsync(id, cancellationToken)).Any(k => string.Equals(k.Name, kpi.Name, StringComparison.OrdinalIgnoreCase)))
            return Problems.Result(Problems.Conflict("name", $"Service '{id}' already has a KPI named '{kpi.Name}'."));

        await store.AddKpiAsync(kpi, Actor.Of(http), cancellationToken);
        // Gate 3→4 judges the KPIs; the port does not promise that adding one queues the service, so ask explicitly.
        await store.QueueWorkAsync(id, "kpi.added", cancellationToken);
        var service = await views.ReevaluateAsync(id, cancellationToken);
        return TypedResults.Created($"/api/services/{id}/kpis", new KpiCreated(KpiView.From(kpi, null), service));
    }

    private static async Task<IResult> ListAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        var kpis = await store.ListKpisAsync(id, cancellationToken);
        var latest = (await store.ListObservationsAsync(id, cancellationToken))
            .GroupBy(o => o.KpiId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MaxBy(o => o.ObservedAt), StringComparer.Ordinal);
        return TypedResults.Ok(kpis.Select(k => KpiView.From(k, latest.GetValueOrDefault(k.Id))).ToList());
    }
}
