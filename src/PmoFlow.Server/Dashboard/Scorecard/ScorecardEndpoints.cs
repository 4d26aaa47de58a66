using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Dashboard.StaticFiles;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;
using PmoFlow.Server.Dashboard.Summary;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>
/// The value scorecard at <c>/dashboard/scorecard</c>, its executive summary at <c>/dashboard/data/summary</c> and its chart
/// series at <c>/dashboard/data/charts</c> (which the page's script fetches).
/// </summary>
internal static class ScorecardEndpoints
{
    public static void MapScorecard(this IEndpointRouteBuilder dashboard)
    {
        dashboard.MapGet("/scorecard", PageAsync);
        dashboard.MapGet("/data/summary", SummaryAsync);
        dashboard.MapGet("/data/charts", ChartsAsync);
    }

    private static async Task<IResult> PageAsync(HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (links, calendar) = (DashboardLinks.For(http), new PmoCalendar(clock));
        var data = await new ScorecardReader(store, views).LoadAsync(cancellationToken);
        var summary = new ExecutiveSummaryCalculator(calendar, links).Compute(data);
        var charts = new ScorecardChartBuilder(calendar, links).Build(data);
        var main = ScorecardPage.Render(data, summary, charts, calendar, links, DashboardAssets.HasCharts);
        return DashboardPage.Result(http, links, calendar, "Value scorecard", DashboardSection.Scorecard, main, charts: true);
    }

    private static async Task<IResult> SummaryAsync(HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var data = await new ScorecardReader(store, views).LoadAsync(cancellationToken);
        return TypedResults.Ok(new ExecutiveSummaryCalculator(new PmoCalendar(clock), DashboardLinks.For(http)).Compute(data));
    }

    private static async Task<IResult> ChartsAsync(HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views, [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var data = await new ScorecardReader(store, views).LoadAsync(cancellationToken);
        return TypedResults.Ok(new ScorecardChartBuilder(new PmoCalendar(clock), DashboardLinks.For(http)).Build(data));
    }
}
