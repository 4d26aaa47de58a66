using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>
/// The board: ten step columns under the five customer-experience stages they belong to, each service a card coloured
/// by its gate state and saying the first thing that would make its gate pass.
/// </summary>
internal static class BoardPage
{
    public static Markup Render(BoardView board)
    {
        var html = new HtmlWriter();
        html.Append($"""
            <div class="page-head">
            <h1>Flywheel board</h1>
            <p class="lede">Every PMO service in the flywheel step it is in, coloured by the gate it waits at. Open a service for each clause of its gate and what would make it pass.</p>
            <button type="button" class="print-button" data-print>Print</button>
            </div>
            <ul class="legend" aria-label="Gate states">

            """);
        foreach (var state in board.States)
            html.Append($"<li class=\"{state.State.CssClass()}\" data-state=\"{state.State}\"><span class=\"swatch\"></span>{state.Label} <strong>{state.Count}</strong></li>\n");
        html.Append($"</ul>\n<div class=\"board\" id=\"board\" data-services=\"{board.Services.Count}\">\n");
        foreach (var stage in board.Steps.GroupBy(s => s.Stage))
            html.Append($"<div class=\"stage stage-{(int)stage.Key}\">{stage.Key} <span>steps {stage.First().Number}–{stage.Last().Number}</span></div>\n");
        foreach (var step in board.Steps)
        {
            var cards = board.Services.Where(c => c.Step == step.Step).ToList();
            html.Append($"<section class=\"step stage-{(int)step.Stage}\" id=\"step-{step.Number}\" data-step=\"{step.Step}\">\n")
                .Append($"<h2><span class=\"step-number\">Step {step.Number}</span><span class=\"step-count\" title=\"services in this step\">{cards.Count}</span><span class=\"step-name\">{step.Name}</span></h2>\n");
            foreach (var card in cards) Card(html, card);
            if (cards.Count == 0) html.Append($"<p class=\"empty\">No services</p>\n");
            html.Append($"</section>\n");
        }
        return html.Append($"</div>\n").ToMarkup();
    }

    private static void Card(HtmlWriter html, BoardCard card)
    {
        html.Append($"<a class=\"card {card.GateState.CssClass()}\" href=\"{card.Href}\" data-service-id=\"{card.ServiceId}\" data-gate-state=\"{card.GateState}\" data-stage=\"{card.Stage}\">\n")
            .Append($"<span class=\"card-name\">{card.Name}</span>\n")
            .Append($"<span class=\"card-gate\">{card.GateStateLabel} · {card.Gate}</span>\n");
        if (card.WhatWouldPass.Count > 0)
        {
            html.Append($"<span class=\"card-next\">{card.WhatWouldPass[0]}");
            if (card.WhatWouldPass.Count > 1) html.Append($" <em>and {card.WhatWouldPass.Count - 1} more</em>");
            html.Append($"</span>\n");
        }
        html.Append($"<span class=\"card-meta\">{card.Stage} · turn {card.Turn} · {DashboardText.Count(card.DaysInStep, "day")} in step");
        if (card.PendingApprovals > 0) html.Append($" · {DashboardText.Count(card.PendingApprovals, "approval")} pending");
        html.Append($"</span>\n</a>\n");
    }
}
