using PmoFlow.Server.Access.Sessions;
using PmoFlow.Server.Dashboard.StaticFiles;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Html;

/// <summary>
/// The shell every dashboard page shares: the navigation, the stylesheet and script from <c>/dashboard/assets/</c>, and a
/// line saying when the figures were read (on paper it is the only clock). System fonts only and an empty icon (no
/// favicon request): nothing loads from another host, and nothing 404s.
/// </summary>
internal static class DashboardPage
{
    private const string Html = "text/html; charset=utf-8";

    public static IResult Result(HttpContext http, DashboardLinks links, PmoCalendar calendar, string title, DashboardSection section, Markup main, bool charts = false,
        int status = 200) =>
        TypedResults.Content(Render(links, calendar, title, section, main, charts, new Markup(LogoutButton.For(http))), Html, statusCode: status);

    /// <param name="account">The logout button, for a browser session; empty otherwise.</param>
    public static string Render(DashboardLinks links, PmoCalendar calendar, string title, DashboardSection section, Markup main, bool charts, Markup account)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · PmoFlow dashboard</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{links.Asset(DashboardAssets.Stylesheet)}">
            </head>
            <body>
            <header class="dashboard-bar">
            <span class="dashboard-brand">PmoFlow</span>
            <nav aria-label="Dashboard">
            {NavLink(links.Board, "Flywheel board", section == DashboardSection.Board)}
            {NavLink(links.Scorecard, "Value scorecard", section == DashboardSection.Scorecard)}
            </nav>
            <span class="dashboard-asof">As of {DashboardText.DateTime(calendar.Now)} ({calendar.Zone.Id})</span>
            {account}
            </header>
            <main class="dashboard-main">
            {main}
            </main>

            """);
        if (charts && DashboardAssets.HasCharts) html.Append($"<script src=\"{links.Asset(DashboardAssets.ChartJs)}\"></script>\n");
        html.Append($"<script src=\"{links.Asset(DashboardAssets.Script)}\"></script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static Markup NavLink(string href, string text, bool current) =>
        Markup.Of(h =>
        {
            if (current) h.Append($"<a href=\"{href}\" aria-current=\"page\">{text}</a>");
            else h.Append($"<a href=\"{href}\">{text}</a>");
        });
}
