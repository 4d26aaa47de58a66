using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Gates;

/// <summary>A service's gate evaluations: every decision with its clauses and what would make it pass.</summary>
internal static class GateEvaluationEndpoints
{
    public static void MapGateEvaluationEndpoints(this IEndpointRouteBuilder api)
    {
        var evaluations = api.MapGroup("/services/{id}/gate-evaluations").WithTags("Gate evaluations");
        evaluations.MapGet("", ListAsync).RequirePmoRead().WithName("ListGateEvaluations").WithSummary("Gate evaluations, newest first, optionally of one gate")
            .Produces<IReadOnlyList<GateEvaluationView>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        evaluations.MapGet("/latest", LatestAsync).RequirePmoRead().WithName("GetLatestGateEvaluation").WithSummary("The newest gate evaluation, optionally of one gate")
            .Produces<GateEvaluationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string id, string? gate, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        if (InvalidGate(gate) is { } problem) return problem;
        await views.RequireAsync(id, cancellationToken);
        var evaluations = await store.ListGateEvaluationsAsync(id, Normalize(gate), cancellationToken);
        return TypedResults.Ok(evaluations.Select(GateEvaluationView.From).ToList());
    }

    private static async Task<IResult> LatestAsync(string id, string? gate, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        if (InvalidGate(gate) is { } problem) return problem;
        await views.RequireAsync(id, cancellationToken);
        var latest = (await store.ListGateEvaluationsAsync(id, Normalize(gate), cancellationToken)).FirstOrDefault();
        return latest is null
            ? Problems.Result(Problems.NotFound("gate", $"Service '{id}' has no evaluation{(gate is null ? "" : $" of {gate}")} yet."))
            : TypedResults.Ok(GateEvaluationView.From(latest));
    }

    private static IResult? InvalidGate(string? gate) =>
        string.IsNullOrWhiteSpace(gate) || ApiNames.IsGate(gate.Trim()) ? null
        : Problems.Result(Problems.Invalid("gate", $"'{gate}' is not a gate; use one of: {ApiNames.GateChoices()}."));

    private static string? Normalize(string? gate) => string.IsNullOrWhiteSpace(gate) ? null : gate.Trim();
}
