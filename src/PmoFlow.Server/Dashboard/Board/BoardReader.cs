using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Dashboard.Board;

/// <summary>Reads the board: each service with the evaluation of the gate it waits at, the one the API's service view shows.</summary>
internal sealed class BoardReader(IPmoStore store, ServiceViews views, PmoCalendar calendar, DashboardLinks links)
{
    public async Task<BoardView> LoadAsync(CancellationToken cancellationToken)
    {
        var services = await store.ListServicesAsync(ServiceFilter.All, cancellationToken);
        var pending = (await store.ListApprovalsAsync(new ApprovalFilter(Status: ApprovalStatus.Pending), cancellationToken))
            .ToLookup(a => a.ServiceId, StringComparer.Ordinal);
        var now = calendar.Now;
        var cards = new List<BoardCard>(services.Count);
        foreach (var service in services)
        {
            var gate = await views.CurrentGateAsync(service, cancellationToken);
            var approvals = pending[service.Id].ToList();
            // Before its first evaluation a service that waits for a decision passes once the decision is made.
            var wants = gate?.WhatWouldPass ?? [.. approvals.Select(a => $"{a.Role} to decide {a.Gate} (due {DashboardText.Date(calendar.Local(a.DueAt))})")];
            cards.Add(new BoardCard(service.Id, service.Name, service.Step, (int)service.Step, service.Stage, service.Turn,
                Math.Max(0, (int)(now - service.StepEnteredAt).TotalDays), service.Step.GateFrom(), GateStates.Of(gate, approvals.Count), wants,
                approvals.Count, links.Service(service.Id)));
        }
        var steps = Flywheel.Steps.Select(s => new BoardStep(s, (int)s, s.DisplayName(), s.Stage())).ToList();
        var states = GateStates.All.Select(s => new BoardStateCount(s, s.Label(), cards.Count(c => c.GateState == s))).ToList();
        return new BoardView(now, steps, cards, states);
    }
}
