using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Waivers;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Waivers;

/// <summary>Waivers: a role the charter entitles lets a blocked gate through, until a date.</summary>
internal static class WaiverEndpoints
{
    public static void MapWaiverEndpoints(this IEndpointRouteBuilder api)
    {
        var waivers = api.MapGroup("/services/{id}/waivers").WithTags("Waivers");
        waivers.MapPost("", GrantAsync).RequirePmoRole(PmoRole.GateAgent).WithName("GrantWaiver").WithSummary("Waive a gate (the role needs the charter's right to waive it); re-evaluates the service")
            .Produces<WaiverGranted>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        waivers.MapGet("", ListAsync).RequirePmoRead().WithName("ListWaivers").WithSummary("A service's waivers")
            .Produces<IReadOnlyList<Waiver>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GrantAsync(string id, [FromBody] WaiverRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var waiver = request.ToWaiver(id, time.GetUtcNow(), errors);
        if (waiver is null) return errors.ToResult();

        await views.RequireAsync(id, cancellationToken);
        var charter = await store.GetCharterAsync(cancellationToken);
        // Any of the role's rights may carry it: a role can hold an approve-only right and a waive right side by side.
        var entitled = charter.DecisionRights.Where(r => r.CanWaive && r.Covers(waiver.Gate)).Select(r => r.Role).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!entitled.Contains(waiver.Role, StringComparer.OrdinalIgnoreCase))
        {
            return Problems.Result(Problems.Forbidden("role",
                $"The charter gives role '{waiver.Role}' no right to waive {waiver.Gate}; " +
                (entitled.Count == 0 ? "no role may waive it." : $"roles that may: {string.Join(", ", entitled)}.")));
        }

        await store.AddWaiverAsync(waiver, cancellationToken);
        var service = await views.ReevaluateAsync(id, cancellationToken);
        return TypedResults.Created($"/api/services/{id}/waivers", new WaiverGranted(waiver, service));
    }

    private static async Task<IResult> ListAsync(string id, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        await views.RequireAsync(id, cancellationToken);
        return TypedResults.Ok(await store.ListWaiversAsync(id, cancellationToken));
    }
}
