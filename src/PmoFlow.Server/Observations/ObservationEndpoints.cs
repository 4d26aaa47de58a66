using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Observations;

/// <summary>Observations of a service's KPIs: recording one re-evaluates the service, so the caller sees whether it advanced.</summary>
internal static class ObservationEndpoints
{
    public static void MapObservationEndpoints(this IEndpointRouteBuilder api)
    {
        var observations = api.MapGroup("/services/{id}/observations").WithTags("Observations");
        observations.MapPost("", RecordAsync).RequirePmoRole(PmoRole.GateAgent).WithName("RecordObservation").WithSummary("Record a KPI observation; re-evaluates the service")
            .Produces<ObservationRecorded>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        observations.MapGet("", ListAsync).RequirePmoRead().WithName("ListObservations").WithSummary("A service's observations, oldest first, optionally of one KPI (id or name)")
            .Produces<IReadOnlyList<Observation>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RecordAsync(string id, [FromBody] RecordObservationRequest request, [FromServices] IPmoStore store,
        [FromServices] ServiceViews views, [FromServices] TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new RequestErrors();
        request.Validate(errors, now);
        if (errors.HasErrors) return errors.ToResult();

        await views.RequireAsync(id, cancellationToken);
        var kpis = await store.ListKpisAsync(id, cancellationToken);
        var kpiName = request.KpiName?.Trim();
        var kpi = Resolve(kpis, request.KpiId?.Trim(), kpiName, id);
        if (!string.IsNullOrEmpty(kpiName) && !string.Equals(kpi.Name, kpiName, StringComparison.OrdinalIgnoreCase))
            return Problems.Result(Problems.Invalid("kpiName", $"KPI '{kpi.Id}' is named '{kpi.Name}', not '{kpiName}'."));
        var unit = string.IsNullOrWhiteSpace(request.Unit) ? kpi.Unit : request.Unit.Trim();
        // No conversions: a value in another unit would be compared with the target as if it were in the KPI's.
        if (!string.Equals(unit, kpi.Unit, StringComparison.OrdinalIgnoreCase))
            return Problems.Result(Problems.Invalid("unit", $"KPI '{kpi.Name}' is measured in '{kpi.Unit}', not '{unit}'; convert the value before recording it."));

        var observation = new Observation(ApiIds.New(), kpi.Id, request.Value!.Value, kpi.Unit, request.ObservedAt ?? now, request.Source!.Trim(),
            string.IsNullOrWhiteSpace(request.EvidenceLink) ? null : request.EvidenceLink.Trim());
        await store.AddObservationAsync(observation, Actor.Of(http), cancellationToken);
        var service = await views.ReevaluateAsync(id, cancellationToken);
        return TypedResults.Created($"/api/services/{id}/observations", new ObservationRecorded(observation, service));
    }

    private static async Task<IResult> ListAsync(string id, string? kpi, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        var observations = await store.ListObservationsAsync(id, cancellationToken);
        if (string.IsNullOrWhiteSpace(kpi)) return TypedResults.Ok(observations);
        var match = (await store.ListKpisAsync(id, cancellationToken))
            .FirstOrDefault(k => k.Id == kpi || string.Equals(k.Name, kpi, StringComparison.OrdinalIgnoreCase))
            ?? throw Problems.Missing("kpi", "KPI of this service", kpi);
        return TypedResults.Ok(observations.Where(o => o.KpiId == match.Id).ToList());
    }

    private static Kpi Resolve(IReadOnlyList<Kpi> kpis, string? kpiId, string? kpiName, string serviceId)
    {
        if (!string.IsNullOrEmpty(kpiId))
        {
            return kpis.FirstOrDefault(k => k.Id == kpiId) ?? throw Problems.Missing("kpiId", $"KPI of service '{serviceId}'", kpiId);
        }
        return kpis.FirstOrDefault(k => string.Equals(k.Name, kpiName, StringComparison.OrdinalIgnoreCase))
            ?? throw new PmoDataException("kpiName", $"Service '{serviceId}' has no KPI named '{kpiName}'.", isNotFound: true);
    }
}
