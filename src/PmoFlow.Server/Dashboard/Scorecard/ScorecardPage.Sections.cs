using PmoFlow.Core.Benefits;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>The scorecard's chart sections, each with the table or records behind its chart.</summary>
internal static partial class ScorecardPage
{
    private static void Benefits(HtmlWriter html, ScorecardData data, ScorecardCharts charts, DashboardLinks links)
    {
        var chart = charts.Benefits;
        html.Append($"""
            <section id="benefits" class="panel">
            <h2>Benefits planned vs actual</h2>
            <p class="note">Money benefits of every service per period. Validated means validated by the benefit's business owner; cost avoidance is shown at face value (gate 9→10 discounts it). Non-financial benefits are on the service pages.</p>
            <div class="chart chart-wide"><canvas id="benefits-chart" role="img" aria-label="Benefits planned and actual per period; the table below has the figures"></canvas></div>
            <table id="benefits-by-period">
            <thead><tr><th>Period</th><th class="num">Planned</th><th class="num">Validated</th><th class="num">Awaiting validation</th><th class="num">Validated / plan</th></tr></thead>
            <tbody>

            """);
        for (var i = 0; i < chart.Periods.Count; i++)
        {
            var current = chart.Periods[i] == chart.CurrentPeriod ? new Markup(" class=\"current\"") : Markup.Empty;
            html.Append($"<tr{current} data-period=\"{chart.Periods[i]}\"><td>{chart.Periods[i]}</td><td class=\"num\">{MoneyText.Format(chart.Planned[i])}</td>")
                .Append($"<td class=\"num\">{MoneyText.Format(chart.Validated[i])}</td><td class=\"num\">{MoneyText.Format(chart.AwaitingValidation[i])}</td>")
                .Append($"<td class=\"num\">{(chart.Planned[i] > 0 ? DashboardText.Percent(chart.Validated[i] / chart.Planned[i]) : "—")}</td></tr>\n");
        }
        if (chart.Periods.Count == 0) html.Append($"<tr><td colspan=\"5\" class=\"empty\">No money benefit planned yet.</td></tr>\n");
        html.Append($"</tbody>\n</table>\n<h3>Benefit records</h3>\n<table id=\"benefit-records\">\n")
            .Append($"<thead><tr><th>Benefit</th><th>Service</th><th>Category</th><th>Owner</th><th>Validation</th><th class=\"num\">Planned to date</th><th class=\"num\">Actual to date</th></tr></thead>\n<tbody>\n");
        foreach (var records in data.Services)
        {
            foreach (var b in records.Benefits.Where(b => b.Category != BenefitCategory.NonFinancial))
            {
                var validation = BenefitValidation.IsValidatedByOwner(b)
                    ? new Markup("<span class=\"validated\">validated by owner</span>")
                    : Markup.Of(h => h.Append($"<span class=\"unvalidated\">{BenefitValidation.Awaiting(b)}</span>"));
                html.Append($"<tr><td><a href=\"{links.Benefit(records.Service.Id, b.Id)}\">{b.Name}</a></td><td>{records.Service.Name}</td><td>{BenefitCategoryText.Label(b.Category)}</td><td>{b.Owner}</td>")
                    .Append($"<td>{validation}</td><td class=\"num\">{MoneyText.Format(b.PlannedToDate)}</td><td class=\"num\">{MoneyText.Format(b.ActualToDate)}</td></tr>\n");
            }
        }
        html.Append($"</tbody>\n</table>\n</section>\n");
    }

    private static void Kpis(HtmlWriter html, ScorecardCharts charts)
    {
        html.Append($"<section id=\"kpis\" class=\"panel\">\n<h2>KPI trends <span class=\"count\">{charts.Kpis.Count}</span></h2>\n")
            .Append($"<p class=\"note\">Every observed KPI in its own unit; the dashed line is its target. Each point opens its observation.</p>\n<div class=\"chart-grid\" id=\"kpi-charts\">\n");
        foreach (var kpi in charts.Kpis)
        {
            var latest = kpi.Points[^1];
            var status = kpi.OnTarget switch { true => "on target", false => "short of target", null => "no target" };
            html.Append($"<figure class=\"kpi-chart\" data-kpi-id=\"{kpi.KpiId}\" data-service-id=\"{kpi.ServiceId}\">\n<div class=\"chart\"><canvas role=\"img\" aria-label=\"{kpi.Name} over time\"></canvas></div>\n")
                .Append($"<figcaption><a href=\"{kpi.Href}\">{kpi.Name}</a> · {kpi.ServiceName}<br>latest {DashboardText.Measure(latest.Value, kpi.Unit)}")
                .Append($"{(kpi.Target is { } t ? $", target {DashboardText.Measure(t, kpi.Unit)}" : "")} · <span class=\"{(kpi.OnTarget == true ? "validated" : "unvalidated")}\">{status}</span></figcaption>\n</figure>\n");
        }
        if (charts.Kpis.Count == 0) html.Append($"<p class=\"empty\">No KPI has been observed yet.</p>\n");
        html.Append($"</div>\n</section>\n");
    }

    private static void Customers(HtmlWriter html, ScorecardCharts charts, PmoCalendar calendar, DashboardLinks links)
    {
        html.Append($"""
            <section id="customers" class="panel">
            <h2>Customer satisfaction by group</h2>
            <p class="note">Survey responses of fiscal year {charts.FiscalYear} to date. CSAT is the mean of 1–5 answers; NPS is % promoters (9–10) minus % detractors (0–6).</p>
            <div class="chart-pair">
            <div class="chart"><canvas id="csat-chart" role="img" aria-label="CSAT by customer group; the table below has the figures"></canvas></div>
            <div class="chart"><canvas id="nps-chart" role="img" aria-label="NPS by customer group; the table below has the figures"></canvas></div>
            </div>
            <table id="survey-groups">
            <thead><tr><th>Customer group</th><th class="num">Responses</th><th class="num">CSAT (answers)</th><th class="num">NPS (answers)</th></tr></thead>
            <tbody>

            """);
        foreach (var g in charts.Surveys)
        {
            html.Append($"<tr><td><a href=\"{g.Href}\">{g.Group}</a></td><td class=\"num\">{g.Responses}</td>")
                .Append($"<td class=\"num\">{(g.Csat is { } csat ? DashboardText.Number(csat) : "—")} <span class=\"muted\">({g.CsatAnswers})</span></td><td class=\"num\">{(g.Nps is { } nps ? DashboardText.Nps(nps) : "—")} <span class=\"muted\">({g.NpsAnswers})</span></td></tr>\n");
        }
        if (charts.Surveys.Count == 0) html.Append($"<tr><td colspan=\"4\" class=\"empty\">No survey responses this fiscal year yet.</td></tr>\n");
        html.Append($"</tbody>\n</table>\n");
        foreach (var g in charts.Surveys)
        {
            html.Append($"<details class=\"group\" id=\"{Anchors.Group(g.Group)}\" data-group=\"{g.Group}\">\n<summary>{g.Group}: {DashboardText.Count(g.Responses, "response")}</summary>\n<ul class=\"responses\">\n");
            foreach (var (r, serviceName) in g.Records)
            {
                html.Append($"<li><a href=\"{links.Survey(r.ServiceId, r.Id)}\">{DashboardText.Date(calendar.Local(r.RespondedAt))} · {serviceName}</a>")
                    .Append($"{(r.Csat is { } c ? $" · CSAT {c}" : "")}{(r.Nps is { } n ? $" · NPS answer {n}" : "")}{(string.IsNullOrWhiteSpace(r.Comment) ? "" : $" · “{r.Comment}”")}</li>\n");
            }
            html.Append($"</ul>\n</details>\n");
        }
        html.Append($"</section>\n");
    }

    private static void Statements(HtmlWriter html, ScorecardData data, PmoCalendar calendar, DashboardLinks links)
    {
        var statements = data.ValueStatements.Where(s => calendar.InFiscalYearToDate(s.PublishedAt)).ToList();
        var names = data.Services.ToDictionary(s => s.Service.Id, s => s.Service.Name, StringComparer.Ordinal);
        html.Append($"<section id=\"value-statements\" class=\"panel\">\n<h2>Value statements published this fiscal year <span class=\"count\">{statements.Count}</span></h2>\n");
        if (statements.Count == 0) html.Append($"<p class=\"empty\">None published yet.</p>\n");
        foreach (var s in statements)
        {
            html.Append($"<blockquote class=\"statement\"><p>{s.Text}</p>\n<footer>{DashboardText.Date(calendar.Local(s.PublishedAt))}");
            if (s.ServiceId is { } id) html.Append($" · <a href=\"{links.Service(id)}#value-statements\">{names.GetValueOrDefault(id, id)}</a>");
            foreach (var link in s.EvidenceLinks)
            {
                if (SafeUrl.Href(link) is { } href) html.Append($" · <a href=\"{href}\" rel=\"noopener noreferrer\">evidence</a>");
            }
            html.Append($"</footer></blockquote>\n");
        }
        html.Append($"</section>\n");
    }
}
