using PmoFlow.Server.Dashboard.StaticFiles;
using PmoFlow.Server.Dashboard.Board;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Scorecard;
using PmoFlow.Server.Dashboard.ServiceDetail;

namespace PmoFlow.Server;

/// <summary>Maps the PMO dashboard: the flywheel board, the service pages and the value scorecard, with their data and assets.</summary>
public static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>Where the dashboard lives.</summary>
    public const string Prefix = DashboardLinks.Root;

    /// <summary>
    /// Maps <c>/dashboard</c> (the board), <c>/dashboard/services/{id}</c>, <c>/dashboard/scorecard</c>, their JSON under
    /// <c>/dashboard/data/</c> and the assets under <c>/dashboard/assets/</c>, all in one group, which is returned so a
    /// host can attach an authorization policy to every page and data endpoint at once. Needs <c>AddPmoFlowApi()</c>.
    /// </summary>
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var dashboard = endpoints.MapGroup(Prefix).ExcludeFromDescription().AddEndpointFilter(DashboardHeaders.ApplyAsync);
        dashboard.MapBoard();
        dashboard.MapServicePage();
        dashboard.MapScorecard();
        dashboard.MapDashboardAssets();
        return dashboard;
    }
}
