using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Surveys;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Surveys;

/// <summary>Survey responses (CSAT, NPS): the customers' voice that gates 2→3, 5→6 and 10→1 listen to.</summary>
internal static class SurveyEndpoints
{
    public static void MapSurveyEndpoints(this IEndpointRouteBuilder api)
    {
        var surveys = api.MapGroup("/services/{id}/survey-responses").WithTags("Surveys");
        surveys.MapPost("", RecordAsync).RequirePmoRole(PmoRole.GateAgent).WithName("RecordSurveyResponse").WithSummary("Record a survey response; re-evaluates the service")
            .Produces<SurveyResponseRecorded>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        surveys.MapGet("", ListAsync).RequirePmoRead().WithName("ListSurveyResponses").WithSummary("A service's survey responses with CSAT and NPS")
            .Produces<SurveySummary>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RecordAsync(string id, [FromBody] SurveyResponseRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        [FromServices] TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var response = request.ToResponse(id, time.GetUtcNow(), errors);
        if (response is null) return errors.ToResult();

        await views.RequireAsync(id, cancellationToken);
        await store.AddSurveyResponseAsync(response, Actor.Of(http), cancellationToken);
        var service = await views.ReevaluateAsync(id, cancellationToken);
        return TypedResults.Created($"/api/services/{id}/survey-responses", new SurveyResponseRecorded(response, service));
    }

    private static async Task<IResult> ListAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        var responses = await store.ListSurveyResponsesAsync(id, cancellationToken);
        return TypedResults.Ok(new SurveySummary(responses.Count, SurveyMath.Csat(responses), SurveyMath.Nps(responses), responses));
    }
}
