using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>The flywheel board at <c>/dashboard</c> and its data at <c>/dashboard/data/board</c>.</summary>
internal static class BoardEndpoints
{
    public static void MapBoard(this IEndpointRouteBuilder dashboard)
    {
        dashboard.MapGet("/", PageAsync);
        dashboard.MapGet("/data/board", DataAsync);
    }

    private static async Task<IResult> PageAsync(HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (links, calendar) = (DashboardLinks.For(http), new PmoCalendar(clock));
        var board = await new BoardReader(store, views, calendar, links).LoadAsync(cancellationToken);
        return DashboardPage.Result(http, links, calendar, "Flywheel board", DashboardSection.Board, BoardPage.Render(board));
    }

    private static async Task<IResult> DataAsync(HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await new BoardReader(store, views, new PmoCalendar(clock), DashboardLinks.For(http)).LoadAsync(cancellationToken));
}
