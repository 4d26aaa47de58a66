using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Engine;
using PmoFlow.Server.Common;
using PmoFlow.Server.Gates;

namespace PmoFlow.Server.Services;

/// <summary>PMO services: create one (which starts its flywheel), find them, see one in full, re-evaluate on demand.</summary>
internal static class ServiceEndpoints
{
    public static void MapServiceEndpoints(this IEndpointRouteBuilder api)
    {
        var services = api.MapGroup("/services").WithTags("Services");
        services.MapPost("", CreateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("CreateService").WithSummary("Create a service and start its flywheel")
            .Produces<ServiceView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        services.MapGet("", ListAsync).RequirePmoRead().WithName("ListServices").WithSummary("List services by step, stage or text")
            .Produces<IReadOnlyList<ServiceView>>().ProducesValidationProblem();
        services.MapGet("/{id}", GetAsync).RequirePmoRead().WithName("GetService").WithSummary("A service with its history, current gate evaluation, pending approvals and waivers")
            .Produces<ServiceDetailView>().ProducesProblem(StatusCodes.Status404NotFound);
        services.MapGet("/{id}/history", HistoryAsync).RequirePmoRead().WithName("GetServiceHistory").WithSummary("Every step the service entered, oldest first")
            .Produces<IReadOnlyList<StepTransition>>().ProducesProblem(StatusCodes.Status404NotFound);
        services.MapPost("/{id}/evaluate", EvaluateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("EvaluateService").WithSummary("Re-evaluate what the service waits on now")
            .Produces<ServiceView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync([FromBody] CreateServiceRequest request, [FromServices] IPmoStore store, [FromServices] IPmoEngine engine,
        [FromServices] ServiceViews views, [FromServices] TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var draft = request.Validate(errors);
        if (draft is null) return errors.ToResult();

        var known = (await store.ListCustomersAsync(cancellationToken)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < draft.CustomerIds.Count; i++)
            if (!known.Contains(draft.CustomerIds[i])) throw Problems.Missing($"customerIds[{i}]", "customer", draft.CustomerIds[i]);

        var id = draft.Id ?? await FreeIdAsync(store, ApiIds.Slug(draft.Name), cancellationToken);
        if (draft.Id is not null && await store.FindServiceAsync(id, cancellationToken) is not null)
            return Problems.Result(Problems.Conflict("id", $"A service with id '{id}' already exists."));

        var now = time.GetUtcNow();
        var service = new PmoService(id, draft.Name, draft.Description, draft.Sponsor, draft.CustomerIds, FlywheelStep.AwarenessBuilding, Turn: 1,
            StepEnteredAt: now, draft.TargetUsers, CreatedAt: now);
        var created = await engine.CreateServiceAsync(service, Actor.Of(http), cancellationToken);
        return TypedResults.Created($"/api/services/{created.Id}", await views.ViewAsync(created, cancellationToken));
    }

    private static async Task<IResult> ListAsync(string? step, string? stage, string? q, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        FlywheelStep? stepFilter = null;
        CustomerExperienceStage? stageFilter = null;
        if (!string.IsNullOrWhiteSpace(step))
        {
            if (ApiNames.TryParseStep(step, out var s)) stepFilter = s;
            else errors.Add("step", $"'{step}' is not a flywheel step; use 1-10 or a name: {ApiNames.Choices<FlywheelStep>()}.");
        }
        if (!string.IsNullOrWhiteSpace(stage))
        {
            if (ApiNames.TryParseStage(stage, out var s)) stageFilter = s;
            else errors.Add("stage", $"'{stage}' is not a customer-experience stage; use one of: {ApiNames.Choices<CustomerExperienceStage>()}.");
        }
        errors.Text("q", q, 200, required: false);
        if (errors.HasErrors) return errors.ToResult();

        var services = await store.ListServicesAsync(new ServiceFilter(stepFilter, stageFilter, string.IsNullOrWhiteSpace(q) ? null : q.Trim()), cancellationToken);
        var result = new List<ServiceView>(services.Count);
        foreach (var service in services) result.Add(await views.ViewAsync(service, cancellationToken));
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        var service = await views.RequireAsync(id, cancellationToken);
        var gate = await views.CurrentGateAsync(service, cancellationToken);
        var history = await store.GetHistoryAsync(id, cancellationToken);
        var pending = await store.ListApprovalsAsync(new ApprovalFilter(ServiceId: id, Status: ApprovalStatus.Pending), cancellationToken);
        var waivers = await store.ListWaiversAsync(id, cancellationToken);
        return TypedResults.Ok(new ServiceDetailView(ServiceView.From(service, gate), history, gate is null ? null : GateEvaluationView.From(gate), pending, waivers));
    }

    private static async Task<IResult> HistoryAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        return TypedResults.Ok(await store.GetHistoryAsync(id, cancellationToken));
    }

    private static async Task<IResult> EvaluateAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        // Queued first so the audit trail says why the gate was looked at again.
        await store.QueueWorkAsync(id, "evaluation.requested", cancellationToken);
        return TypedResults.Ok(await views.ReevaluateAsync(id, cancellationToken));
    }

    // A name-derived id that is taken gets a short suffix: the caller did not ask for that exact id.
    private static async Task<string> FreeIdAsync(IPmoStore store, string slug, CancellationToken cancellationToken) =>
        await store.FindServiceAsync(slug, cancellationToken) is null ? slug : $"{slug}-{ApiIds.New()[..6]}";
}
