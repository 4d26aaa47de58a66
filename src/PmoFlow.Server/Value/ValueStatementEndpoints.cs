using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Value;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Value;

/// <summary>Value statements: the value report gate 10→1 looks for, every number linked to its evidence.</summary>
internal static class ValueStatementEndpoints
{
    public static void MapValueStatementEndpoints(this IEndpointRouteBuilder api)
    {
        var statements = api.MapGroup("/value-statements").WithTags("Value statements");
        statements.MapGet("", ListAsync).RequirePmoRead().WithName("ListValueStatements").WithSummary("Value statements, newest first, optionally of one service")
            .Produces<IReadOnlyList<ValueStatement>>().ProducesProblem(StatusCodes.Status404NotFound);
        statements.MapPost("", PublishAsync).RequirePmoRole(PmoRole.GateAgent).WithName("PublishValueStatement").WithSummary("Publish a value statement; re-evaluates the service it names")
            .Produces<ValueStatementPublished>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? serviceId, [FromServices] IPmoStore store, [FromServices] ServiceViews views, CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(serviceId) ? null : serviceId.Trim();
        if (id is not null) await views.RequireAsync(id, cancellationToken);
        return TypedResults.Ok(await store.ListValueStatementsAsync(id, cancellationToken));
    }

    private static async Task<IResult> PublishAsync([FromBody] ValueStatementRequest request, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        [FromServices] TimeProvider time, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var statement = request.ToStatement(time.GetUtcNow(), errors);
        if (statement is null) return errors.ToResult();

        if (statement.ServiceId is { } serviceId) await views.RequireAsync(serviceId, cancellationToken);
        await store.AddValueStatementAsync(statement, Actor.Of(http), cancellationToken);
        var service = statement.ServiceId is null ? null : await views.ReevaluateAsync(statement.ServiceId, cancellationToken);
        var location = statement.ServiceId is null ? "/api/value-statements" : $"/api/value-statements?serviceId={statement.ServiceId}";
        return TypedResults.Created(location, new ValueStatementPublished(statement, service));
    }
}
