using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>One service's page at <c>/dashboard/services/{id}</c>.</summary>
internal static class ServicePageEndpoints
{
    public static void MapServicePage(this IEndpointRouteBuilder dashboard) => dashboard.MapGet("/services/{id}", PageAsync);

    private static async Task<IResult> PageAsync(string id, HttpContext http, [FromServices] IPmoStore store, [FromServices] ServiceViews views,
        [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var (links, calendar) = (DashboardLinks.For(http), new PmoCalendar(clock));
        var data = await new ServicePageReader(store, views).LoadAsync(id, cancellationToken);
        if (data is null)
        {
            // A person followed a link: answer with a page that leads back, not with problem JSON.
            var missing = Markup.Of(h => h.Append($"<h1>No such service</h1>\n<p>There is no service <code>{id}</code>. <a href=\"{links.Board}\">Back to the board</a>.</p>\n"));
            return DashboardPage.Result(http, links, calendar, "No such service", DashboardSection.Service, missing, status: StatusCodes.Status404NotFound);
        }
        return DashboardPage.Result(http, links, calendar, data.Service.Name, DashboardSection.Service, ServicePage.Render(data, calendar, links));
    }
}
