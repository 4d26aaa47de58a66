using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Benefits;

/// <summary>Benefits: planned against actual per period, validated by their owner; every change re-evaluates the service.</summary>
internal static class BenefitEndpoints
{
    public static void MapBenefitEndpoints(this IEndpointRouteBuilder api)
    {
        var byService = api.MapGroup("/services/{id}/benefits").WithTags("Benefits");
        byService.MapPost("", CreateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("CreateBenefit").WithSummary("Plan a benefit; re-evaluates the service")
            .Produces<BenefitChanged>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        byService.MapGet("", ListAsync).RequirePmoRead().WithName("ListBenefits").WithSummary("A service's benefits with plan and actual to date")
            .Produces<IReadOnlyList<Benefit>>().ProducesProblem(StatusCodes.Status404NotFound);

        var benefits = api.MapGroup("/benefits/{benefitId}").WithTags("Benefits");
        benefits.MapPost("/periods", RecordPeriodAsync).RequirePmoRole(PmoRole.GateAgent).WithName("RecordBenefitPeriod").WithSummary("Set a period's plan and/or actual; re-evaluates the service")
            .Produces<BenefitChanged>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        benefits.MapPost("/validation", ValidateAsync).RequirePmoRole(PmoRole.GateAgent).WithName("ValidateBenefit").WithSummary("Record the owner's validation; re-evaluates the service")
            .Produces<BenefitChanged>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(string id, [FromBody] CreateBenefitRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var benefit = request.ToBenefit(id, errors);
        if (benefit is null) return errors.ToResult();

        await views.RequireAsync(id, cancellationToken);
        await store.AddBenefitAsync(benefit, Actor.Of(http), cancellationToken);
        var service = await views.ReevaluateAsync(id, cancellationToken);
        return TypedResults.Created($"/api/services/{id}/benefits", new BenefitChanged(await ReloadAsync(store, benefit, cancellationToken), service));
    }

    private static async Task<IResult> ListAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        return TypedResults.Ok(await store.ListBenefitsAsync(id, cancellationToken));
    }

    private static async Task<IResult> RecordPeriodAsync(string benefitId, [FromBody] RecordPeriodRequest request, [FromServices] IPmoStore store,
        [FromServices] ServiceViews views, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var period = request.Validate(errors);
        if (errors.HasErrors) return errors.ToResult();

        var benefit = await FindAsync(store, benefitId, cancellationToken);
        await store.RecordBenefitPeriodAsync(benefit.Id, period!, request.Planned, request.Actual, Actor.Of(http), cancellationToken);
        var service = await views.ReevaluateAsync(benefit.ServiceId, cancellationToken);
        return TypedResults.Ok(new BenefitChanged(await ReloadAsync(store, benefit, cancellationToken), service));
    }

    private static async Task<IResult> ValidateAsync(string benefitId, [FromBody] ValidateBenefitRequest request, [FromServices] IPmoStore store,
        [FromServices] ServiceViews views, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var validatedBy = errors.Text("validatedBy", request.ValidatedBy, 200);
        var note = errors.Text("varianceNote", request.VarianceNote, 2000, required: false);
        if (errors.HasErrors) return errors.ToResult();

        // Whether the validator is the benefit's owner is for gate 9→10 to judge and explain, not for the API to refuse.
        var benefit = await FindAsync(store, benefitId, cancellationToken);
        await store.ValidateBenefitAsync(benefit.Id, validatedBy!, note, time.GetUtcNow(), cancellationToken);
        var service = await views.ReevaluateAsync(benefit.ServiceId, cancellationToken);
        return TypedResults.Ok(new BenefitChanged(await ReloadAsync(store, benefit, cancellationToken), service));
    }

    private static async Task<Benefit> FindAsync(IPmoStore store, string benefitId, CancellationToken cancellationToken) =>
        await store.FindBenefitAsync(benefitId, cancellationToken) ?? throw Problems.Missing("benefitId", "benefit", benefitId);

    private static async Task<Benefit> ReloadAsync(IPmoStore store, Benefit benefit, CancellationToken cancellationToken) =>
        await store.FindBenefitAsync(benefit.Id, cancellationToken) ?? benefit;
}
