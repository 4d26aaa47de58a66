using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Audit;

/// <summary>The audit trail: who did what to which service, when, with the details as JSON.</summary>
internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequirePmoRead().WithName("ListAudit").WithSummary("The audit trail, oldest first, optionally of one service")
            .Produces<IReadOnlyList<AuditEntryView>>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(string? serviceId, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(serviceId) ? null : serviceId.Trim();
        if (id is not null) await views.RequireAsync(id, cancellationToken);
        return TypedResults.Ok((await store.ListAuditAsync(id, cancellationToken)).Select(AuditEntryView.From).ToList());
    }
}
