using PmoFlow.Core.Benefits;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Surveys;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>The value records, each under the anchor the scorecard's evidence links point at.</summary>
internal static partial class ServicePage
{
    private static void Benefits(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "benefits", "Benefits", data.Benefits.Count);
        if (data.Benefits.Count == 0) None(html, "No benefit planned yet.");
        foreach (var b in data.Benefits)
        {
            var validated = BenefitValidation.IsValidatedByOwner(b);
            html.Append($"<article class=\"record benefit\" id=\"{Anchors.Benefit(b.Id)}\" data-benefit-id=\"{b.Id}\" data-validated=\"{(validated ? "true" : "false")}\">\n")
                .Append($"<h3>{b.Name} <span class=\"tag\">{BenefitCategoryText.Label(b.Category)}</span></h3>\n")
                .Append($"<p class=\"meta\">Owner {b.Owner}. ");
            if (validated) html.Append($"<strong class=\"validated\">Validated by its owner</strong> on {Day(calendar, b.ValidatedAt)}.");
            else html.Append($"<strong class=\"unvalidated\">Not validated</strong>: {BenefitValidation.Awaiting(b)}.");
            if (!string.IsNullOrWhiteSpace(b.VarianceNote)) html.Append($" Variance note: {b.VarianceNote}");
            html.Append($"</p>\n<table class=\"periods\">\n<thead><tr><th>Period</th><th class=\"num\">Planned</th><th class=\"num\">Actual</th><th class=\"num\">Actual / plan</th></tr></thead>\n<tbody>\n");
            foreach (var p in b.Periods)
            {
                html.Append($"<tr data-period=\"{p.Period}\"><td>{p.Period}</td><td class=\"num\">{Money(b, p.Planned)}</td><td class=\"num\">{(p.Actual is { } a ? Money(b, a) : "—")}</td>")
                    .Append($"<td class=\"num\">{(p.Actual is { } actual && p.Planned > 0 ? DashboardText.Percent(actual / p.Planned) : "—")}</td></tr>\n");
            }
            html.Append($"</tbody>\n<tfoot><tr><th>To date</th><td class=\"num\">{Money(b, b.PlannedToDate)}</td><td class=\"num\">{Money(b, b.ActualToDate)}</td><td></td></tr></tfoot>\n</table>\n</article>\n");
        }
        EndSection(html);
    }

    private static void Kpis(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "kpis", "KPIs and observations", data.Kpis.Count);
        if (data.Kpis.Count == 0) None(html, "No KPI defined yet.");
        foreach (var k in data.Kpis)
        {
            var observations = data.Observations.Where(o => o.KpiId == k.Id).ToList();
            var latest = KpiStatus.Latest(k, observations);
            html.Append($"<article class=\"record kpi\" id=\"{Anchors.Kpi(k.Id)}\" data-kpi-id=\"{k.Id}\">\n<h3>{k.Name}</h3>\n")
                .Append($"<p class=\"meta\">{(k.GoodDirection == GoodDirection.LowerIsBetter ? "Lower" : "Higher")} is better; baseline {Measure(k, k.Baseline)}, target {Measure(k, k.Target)}")
                .Append($" by {(k.TargetDate is { } d ? DashboardText.Date(d) : "—")}; owner {k.Owner ?? "—"}.");
            if (latest is not null && KpiStatus.OnTarget(k, latest.Value) is { } on)
                html.Append($" Latest {DashboardText.Measure(latest.Value, k.Unit)}: <strong class=\"{(on ? "validated" : "unvalidated")}\">{(on ? "on target" : "short of target")}</strong>.");
            html.Append($"</p>\n");
            if (observations.Count == 0)
            {
                None(html, "Not observed yet.");
                html.Append($"</article>\n");
                continue;
            }
            html.Append($"<table class=\"observations\">\n<thead><tr><th>Observed</th><th class=\"num\">Value</th><th>Source</th><th>Evidence</th></tr></thead>\n<tbody>\n");
            foreach (var o in observations)
            {
                html.Append($"<tr id=\"{Anchors.Observation(o.Id)}\" data-observation-id=\"{o.Id}\"><td>{DashboardText.DateTime(calendar.Local(o.ObservedAt))}</td>")
                    .Append($"<td class=\"num\">{DashboardText.Measure(o.Value, o.Unit)}</td><td>{o.Source}</td><td>{EvidenceLink(o.EvidenceLink)}</td></tr>\n");
            }
            html.Append($"</tbody>\n</table>\n</article>\n");
        }
        EndSection(html);
    }

    private static void Surveys(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "surveys", "Survey responses", data.Surveys.Count);
        if (data.Surveys.Count == 0)
        {
            None(html, "No survey responses yet.");
            EndSection(html);
            return;
        }
        html.Append($"<p class=\"meta\">CSAT {Score(SurveyMath.Csat(data.Surveys))} of 5; NPS {Score(SurveyMath.Nps(data.Surveys))}, over every response below.</p>\n")
            .Append($"<table>\n<thead><tr><th>When</th><th>Customer group</th><th class=\"num\">CSAT</th><th class=\"num\">NPS answer</th><th>Comment</th></tr></thead>\n<tbody>\n");
        foreach (var r in data.Surveys.Reverse())
        {
            html.Append($"<tr id=\"{Anchors.Survey(r.Id)}\" data-survey-id=\"{r.Id}\"><td>{DashboardText.DateTime(calendar.Local(r.RespondedAt))}</td><td>{r.CustomerGroup}</td>")
                .Append($"<td class=\"num\">{Score(r.Csat)}</td><td class=\"num\">{Score(r.Nps)}</td><td>{r.Comment}</td></tr>\n");
        }
        html.Append($"</tbody>\n</table>\n");
        EndSection(html);
    }

    private static void ValueStatements(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "value-statements", "Value statements", data.ValueStatements.Count);
        if (data.ValueStatements.Count == 0) None(html, "No value statement published yet.");
        foreach (var s in data.ValueStatements)
        {
            html.Append($"<blockquote class=\"statement\" id=\"statement-{Anchors.Escape(s.Id)}\"><p>{s.Text}</p>\n<footer>Published {Day(calendar, s.PublishedAt)}");
            if (s.EvidenceLinks.Count > 0) html.Append($"; evidence: ").Each(s.EvidenceLinks, (h, link) => h.Append($"{EvidenceLink(link)} "));
            html.Append($"</footer></blockquote>\n");
        }
        EndSection(html);
    }

    /// <summary>A link when it is safe to follow, otherwise the text itself (a <c>javascript:</c> link must never become a link).</summary>
    private static Markup EvidenceLink(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return new Markup("—");
        return Markup.Of(h =>
        {
            if (SafeUrl.Href(link) is { } href) h.Append($"<a href=\"{href}\" rel=\"noopener noreferrer\">{link}</a>");
            else h.Append($"<span class=\"unsafe-link\">{link}</span>");
        });
    }

    /// <summary>Records show exact amounts; the summaries round ("$80k").</summary>
    private static string Money(Benefit benefit, decimal amount) =>
        benefit.Category == BenefitCategory.NonFinancial ? DashboardText.Number(amount) : MoneyText.Exact(amount);

    private static string Measure(Kpi kpi, decimal? value) => value is { } v ? DashboardText.Measure(v, kpi.Unit) : "—";

    private static string Score(decimal? value) => value is { } v ? DashboardText.Number(v) : "—";

    private static string Score(int? value) => value is { } v ? DashboardText.Number(v) : "—";
}
