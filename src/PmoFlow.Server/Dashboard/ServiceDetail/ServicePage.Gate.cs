using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Dashboard.ServiceDetail;

/// <summary>The current gate with its clauses, the approvals and waivers that decide it, and the step history.</summary>
internal static partial class ServicePage
{
    private static void Gate(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        var service = data.Service;
        var gate = data.Gate;
        var state = GateStates.Of(gate, data.PendingApprovals.Count);
        html.Append($"<section id=\"gate\" class=\"panel gate-panel {state.CssClass()}\" data-gate=\"{service.Step.GateFrom()}\" data-gate-state=\"{state}\">\n")
            .Append($"<h2>Gate {(int)service.Step}→{(int)service.Step.Next()} <span class=\"muted\">{service.Step.DisplayName()} → {service.Step.Next().DisplayName()}</span>: ")
            .Append($"<span class=\"gate-state\">{state.Label()}</span></h2>\n");
        if (gate is null)
        {
            var waitsFor = data.PendingApprovals.Count > 0 ? $"It waits for {DashboardText.Count(data.PendingApprovals.Count, "approval")} first (below)." : "It waits on its workflow before the gate is looked at.";
            html.Append($"<p>The gate out of {service.Step.DisplayName()} has not been evaluated since the service entered the step. {waitsFor}</p>\n</section>\n");
            return;
        }

        html.Append($"<p class=\"meta\">Evaluated {DashboardText.DateTime(calendar.Local(gate.EvaluatedAt))} by {gate.Evaluator}, turn {gate.Turn}");
        if (gate.WaiverId is not null) html.Append($"; passed on waiver <a href=\"#waiver-{Anchors.Escape(gate.WaiverId)}\">{gate.WaiverId}</a>");
        html.Append($".</p>\n");
        if (gate.WhatWouldPass.Count > 0)
        {
            html.Append($"<h3>What would make it pass</h3>\n<ol class=\"what-would-pass\">\n");
            foreach (var item in gate.WhatWouldPass) html.Append($"<li>{item}</li>\n");
            html.Append($"</ol>\n");
        }
        html.Append($"<table class=\"clauses\">\n<thead><tr><th>Clause</th><th>Condition</th><th>Observed</th><th>Required</th><th>Result</th></tr></thead>\n<tbody>\n");
        foreach (var clause in gate.Clauses)
        {
            var result = clause.Passed ? "Passed" : clause.Severity == ClauseSeverity.Warning ? "Warning" : Kind(clause.Kind);
            var css = clause.Passed ? "passed" : clause.Severity == ClauseSeverity.Warning ? "warning" : "failed";
            html.Append($"<tr class=\"clause {css}\" data-clause=\"{clause.Name}\"><td><code>{clause.Name}</code></td><td>{clause.Description}")
                .Append(clause.Passed || clause.Missing is null ? Markup.Empty : Markup.Of(h => h.Append($"<div class=\"missing\">Needs: {clause.Missing}</div>")))
                .Append($"</td><td>{clause.Observed}</td><td>{clause.Threshold}</td><td class=\"result\">{result}</td></tr>\n");
        }
        html.Append($"</tbody>\n</table>\n</section>\n");
    }

    private static void Approvals(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "approvals", "Pending approvals", data.PendingApprovals.Count);
        if (data.PendingApprovals.Count == 0) None(html, "No decision pending.");
        else
        {
            html.Append($"<table>\n<thead><tr><th>Gate</th><th>Role</th><th>Requested</th><th>Due</th><th>Reminded</th><th>Escalated</th></tr></thead>\n<tbody>\n");
            foreach (var a in data.PendingApprovals)
            {
                var overdue = calendar.Now > a.DueAt ? new Markup(" <strong class=\"overdue\">overdue</strong>") : Markup.Empty;
                html.Append($"<tr id=\"approval-{Anchors.Escape(a.Id)}\"><td>{a.Gate}</td><td>{a.Role}</td><td>{Day(calendar, a.RequestedAt)}</td><td>{Day(calendar, a.DueAt)}{overdue}</td>")
                    .Append($"<td>{Day(calendar, a.RemindedAt)}</td><td>{Day(calendar, a.EscalatedAt)}</td></tr>\n");
            }
            html.Append($"</tbody>\n</table>\n");
        }
        EndSection(html);
    }

    private static void Waivers(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "waivers", "Waivers", data.Waivers.Count);
        if (data.Waivers.Count == 0) None(html, "No gate of this service has been waived.");
        else
        {
            html.Append($"<table>\n<thead><tr><th>Gate</th><th>Granted by</th><th>Role</th><th>Reason</th><th>Granted</th><th>Until</th></tr></thead>\n<tbody>\n");
            foreach (var w in data.Waivers)
            {
                var active = w.IsActive(calendar.Now) ? new Markup(" <strong class=\"active\">active</strong>") : new Markup(" <span class=\"muted\">expired</span>");
                html.Append($"<tr id=\"waiver-{Anchors.Escape(w.Id)}\"><td>{w.Gate}</td><td>{w.GrantedBy}</td><td>{w.Role}</td><td>{w.Reason}</td>")
                    .Append($"<td>{Day(calendar, w.GrantedAt)}</td><td>{Day(calendar, w.Until)}{active}</td></tr>\n");
            }
            html.Append($"</tbody>\n</table>\n");
        }
        EndSection(html);
    }

    private static void History(HtmlWriter html, ServicePageData data, PmoCalendar calendar)
    {
        Section(html, "history", "History", data.History.Count);
        html.Append($"<table>\n<thead><tr><th>When</th><th>Turn</th><th>From</th><th>To</th><th>Through</th></tr></thead>\n<tbody>\n");
        foreach (var t in data.History.Reverse())
        {
            var through = t.WaiverId is not null ? $"waiver {t.WaiverId}" : t.GateEvaluationId is not null ? $"gate evaluation {t.GateEvaluationId}" : t.From is null ? "start of turn" : "";
            html.Append($"<tr><td>{DashboardText.DateTime(calendar.Local(t.At))}</td><td>{t.Turn}</td><td>{(t.From is { } from ? $"{(int)from} {from.DisplayName()}" : "—")}</td>")
                .Append($"<td>{(int)t.To} {t.To.DisplayName()}</td><td>{through}</td></tr>\n");
        }
        html.Append($"</tbody>\n</table>\n");
        EndSection(html);
    }

    private static string Kind(GateOutcome kind) => kind switch
    {
        GateOutcome.NeedsApproval => "Needs approval",
        GateOutcome.Blocked => "Blocks",
        _ => "Needs evidence",
    };

    private static string Day(PmoCalendar calendar, DateTimeOffset? at) => at is { } t ? DashboardText.Date(calendar.Local(t)) : "—";
}
