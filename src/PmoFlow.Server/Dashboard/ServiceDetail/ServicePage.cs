using PmoFlow.Core.Flywheel;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>
/// One service: where it stands on the flywheel, its current gate with every clause and what would make it pass, what
/// it waits for, and the records (benefits, observations, survey responses) the scorecard's figures link to by anchor.
/// Split by concern: the gate and its decisions (<c>ServicePage.Gate.cs</c>) and the value records (<c>ServicePage.Records.cs</c>).
/// </summary>
internal static partial class ServicePage
{
    public static Markup Render(ServicePageData data, PmoCalendar calendar, DashboardLinks links)
    {
        var html = new HtmlWriter();
        Header(html, data, calendar, links);
        Gate(html, data, calendar);
        Approvals(html, data, calendar);
        Waivers(html, data, calendar);
        History(html, data, calendar);
        Benefits(html, data, calendar);
        Kpis(html, data, calendar);
        Surveys(html, data, calendar);
        ValueStatements(html, data, calendar);
        return html.ToMarkup();
    }

    private static void Header(HtmlWriter html, ServicePageData data, PmoCalendar calendar, DashboardLinks links)
    {
        var service = data.Service;
        var days = Math.Max(0, (int)(calendar.Now - service.StepEnteredAt).TotalDays);
        html.Append($"""
            <div class="page-head" id="service" data-service-id="{service.Id}">
            <p class="crumbs"><a href="{links.Board}#step-{(int)service.Step}">Flywheel board</a> › step {(int)service.Step}</p>
            <h1>{service.Name}</h1>
            <p class="lede">{service.Description}</p>
            <button type="button" class="print-button" data-print>Print</button>
            </div>
            <dl class="facts">
            <div><dt>Step</dt><dd>{(int)service.Step} · {service.Step.DisplayName()}</dd></div>
            <div><dt>Customer experience</dt><dd>{service.Stage}</dd></div>
            <div><dt>Turn</dt><dd>{service.Turn}</dd></div>
            <div><dt>In step since</dt><dd>{DashboardText.Date(calendar.Local(service.StepEnteredAt))} ({DashboardText.Count(days, "day")})</dd></div>
            <div><dt>Sponsor</dt><dd>{service.Sponsor}</dd></div>
            <div><dt>Target users</dt><dd>{DashboardText.Number(service.TargetUsers)}</dd></div>
            <div class="wide"><dt>Customers</dt><dd>{string.Join("; ", data.Customers.Select(c => $"{c.Name} ({c.Group})"))}</dd></div>
            </dl>
            <ol class="flywheel-strip" aria-label="Flywheel steps">

            """);
        foreach (var step in Flywheel.Steps)
        {
            var state = step == service.Step ? "current" : step < service.Step ? "done" : "ahead";
            html.Append($"<li class=\"{state}\"{(step == service.Step ? Current : Markup.Empty)}><span>{(int)step}</span> {step.DisplayName()}</li>\n");
        }
        html.Append($"</ol>\n");
    }

    private static readonly Markup Current = new(" aria-current=\"step\"");

    /// <summary>A section heading with its id, so each part of the page can be linked to.</summary>
    private static void Section(HtmlWriter html, string id, string title, int? count = null)
    {
        if (count is { } n) html.Append($"<section id=\"{id}\" class=\"panel\">\n<h2>{title} <span class=\"count\">{n}</span></h2>\n");
        else html.Append($"<section id=\"{id}\" class=\"panel\">\n<h2>{title}</h2>\n");
    }

    private static void EndSection(HtmlWriter html) => html.Append($"</section>\n");

    private static void None(HtmlWriter html, string text) => html.Append($"<p class=\"empty\">{text}</p>\n");
}
