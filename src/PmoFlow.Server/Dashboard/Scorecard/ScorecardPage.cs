using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;
using PmoFlow.Server.Dashboard.Summary;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>
/// The value scorecard: the executive summary with each figure's evidence, then benefits, KPI trends and customer
/// satisfaction as charts with the tables behind them (the tables also carry the figures on paper and without
/// scripts). The sections are in <c>ScorecardPage.Sections.cs</c>.
/// </summary>
internal static partial class ScorecardPage
{
    public static Markup Render(ScorecardData data, ExecutiveSummary summary, ScorecardCharts charts, PmoCalendar calendar, DashboardLinks links, bool chartsInstalled)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <div id="scorecard" data-charts-url="{links.Data("charts")}" data-charts="{(chartsInstalled ? "loading" : "unavailable")}">
            <div class="page-head">
            <h1>PMO value scorecard</h1>
            <p class="lede">Value Recognition: what the PMO's services delivered, validated by the business, and what their customers say. This quarter is {summary.Quarter}; fiscal year {summary.FiscalYear}.</p>
            <button type="button" class="print-button" data-print>Print</button>
            </div>
            <p class="print-only">Printed from the PmoFlow dashboard; figures as of {DashboardText.DateTime(summary.AsOf)} ({calendar.Zone.Id}).</p>
            <p id="chart-status" class="chart-status" role="status">{(chartsInstalled ? "" : "Charts are not installed on this server; the tables carry the same figures.")}</p>

            """);
        Summary(html, summary);
        Benefits(html, data, charts, links);
        Kpis(html, charts);
        Customers(html, charts, calendar, links);
        Statements(html, data, calendar, links);
        return html.Append($"</div>\n").ToMarkup();
    }

    private static void Summary(HtmlWriter html, ExecutiveSummary summary)
    {
        html.Append($"<section id=\"executive-summary\" class=\"panel summary\">\n<h2>Executive summary <span class=\"count\">{summary.Quarter}</span></h2>\n<ol class=\"figures\">\n");
        foreach (var figure in summary.Figures)
        {
            html.Append($"<li class=\"figure\" id=\"figure-{figure.Key}\" data-figure=\"{figure.Key}\">\n<span class=\"figure-title\">{figure.Title}</span>\n<span class=\"headline\">{figure.Headline}</span>\n<p class=\"statement\">{figure.Statement}</p>\n");
            if (figure.Evidence.Count > 0)
            {
                html.Append($"<ul class=\"evidence\" aria-label=\"Evidence\">\n");
                foreach (var e in figure.Evidence)
                {
                    html.Append($"<li data-kind=\"{e.Kind}\"><a href=\"{e.Href}\">{e.Label}</a>");
                    if (e.Source is not null) html.Append($" · <a class=\"source\" href=\"{e.Source}\" rel=\"noopener noreferrer\">source</a>");
                    html.Append($"</li>\n");
                }
                html.Append($"</ul>\n");
            }
            html.Append($"</li>\n");
        }
        html.Append($"</ol>\n</section>\n");
    }
}
