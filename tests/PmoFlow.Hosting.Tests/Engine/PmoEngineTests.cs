using PmoFlow.Core.Approvals;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Hosting.Tests.Support;

namespace PmoFlow.Hosting.Tests.Engine;

public sealed class PmoEngineTests : IAsyncLifetime
{
    private PmoTestServices _pmo = null!;

    public async Task InitializeAsync()
    {
        _pmo = await PmoTestServices.StartAsync();
        await _pmo.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
    }

    public async Task DisposeAsync()
    {
        await _pmo.DisposeAsync();
        PmoTestServices.DeleteDatabase(_pmo.Database);
    }

    private Task<PmoService> CreateAsync(string id = "svc") => _pmo.Engine.CreateServiceAsync(
        new PmoService(id, "Portfolio reporting", "Monthly portfolio reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, _pmo.Clock.GetUtcNow(), 60, _pmo.Clock.GetUtcNow()), "test");

    [Fact]
    public async Task NewService_PassesTheFirstGate_AndWaitsAtTheSecondWithReasons()
    {
        var service = await CreateAsync();

        Assert.Equal(FlywheelStep.NeedsAssessment, service.Step);
        var history = await _pmo.Store.GetHistoryAsync("svc");
        Assert.Equal([FlywheelStep.AwarenessBuilding, FlywheelStep.NeedsAssessment], history.Select(t => t.To));
        Assert.Null(history[0].From);
        Assert.NotNull(history[1].GateEvaluationId);
        var latest = (await _pmo.Store.ListGateEvaluationsAsync("svc", "gate-2-3"))[0];
        Assert.Equal(GateOutcome.NeedsEvidence, latest.Outcome);
        Assert.Contains("3 more survey responses", latest.WhatWouldPass.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataArriving_ReevaluatesTheGate_AndAdvancesTheService()
    {
        await CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            _pmo.Clock.Advance(TimeSpan.FromHours(1));
            await _pmo.Store.AddSurveyResponseAsync(new SurveyResponse($"r{i}", "svc", "executives", 4, 9, _pmo.Clock.GetUtcNow(), null), "test");
        }
        var service = await _pmo.Engine.ProcessServiceAsync("svc");

        Assert.Equal(FlywheelStep.ValueProposition, service.Step);
        Assert.Empty(await _pmo.Store.ListPendingWorkAsync(100));
        var approval = Assert.Single(await _pmo.Store.ListApprovalsAsync(new Core.Ports.ApprovalFilter("svc", "sponsor", ApprovalStatus.Pending)));
        Assert.Equal("gate-3-4", approval.Gate);
    }

    [Fact]
    public async Task Approval_RemindsThenEscalates_AtTheRightVirtualTime_AlsoAcrossARestart()
    {
        await CreateAsync();
        for (var i = 0; i < 3; i++)
            await _pmo.Store.AddSurveyResponseAsync(new SurveyResponse($"r{i}", "svc", "executives", 4, 9, _pmo.Clock.GetUtcNow().AddMinutes(1), null), "test");
        _pmo.Clock.Advance(TimeSpan.FromMinutes(2));
        await _pmo.Engine.ProcessServiceAsync("svc");
        var requested = (await _pmo.Store.ListApprovalsAsync(new Core.Ports.ApprovalFilter("svc")))[0];
        Assert.Equal(requested.RequestedAt + TimeSpan.FromDays(5), requested.DueAt);

        _pmo.Clock.Advance(TimeSpan.FromDays(4) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await _pmo.Engine.ResumeDueTimersAsync());
        _pmo.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _pmo.Engine.ResumeDueTimersAsync());
        var reminded = (await _pmo.Store.FindApprovalAsync(requested.Id))!;
        Assert.Equal(requested.DueAt - TimeSpan.FromDays(1), reminded.RemindedAt);
        Assert.Null(reminded.EscalatedAt);

        // The process stops; a new one on the same database picks up the escalation when it is due.
        var database = _pmo.Database;
        var clock = _pmo.Clock;
        await _pmo.DisposeAsync();
        _pmo = await PmoTestServices.StartAsync(database, clock);

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _pmo.Engine.ResumeDueTimersAsync());
        var escalated = (await _pmo.Store.FindApprovalAsync(requested.Id))!;
        Assert.Equal(requested.DueAt, escalated.EscalatedAt);
        Assert.Equal(ApprovalStatus.Pending, escalated.Status);
        Assert.Contains(await _pmo.Store.ListAuditAsync("svc"), a => a.Action.Contains("escalat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApprovalDecided_TakesTheServiceThroughTheGate()
    {
        await CreateAsync();
        for (var i = 0; i < 3; i++)
            await _pmo.Store.AddSurveyResponseAsync(new SurveyResponse($"r{i}", "svc", "executives", 4, 9, _pmo.Clock.GetUtcNow().AddMinutes(1), null), "test");
        _pmo.Clock.Advance(TimeSpan.FromMinutes(2));
        await _pmo.Engine.ProcessServiceAsync("svc");
        await _pmo.Store.AddKpiAsync(new Kpi("k1", "svc", "report-on-time", "%", GoodDirection.HigherIsBetter, 60, 95, new DateOnly(2026, 12, 31), "Ana Ruiz"), "test");
        var approval = (await _pmo.Store.ListApprovalsAsync(new Core.Ports.ApprovalFilter("svc")))[0];

        await _pmo.Store.DecideApprovalAsync(approval.Id, ApprovalStatus.Approved, "Dana Lee", "go", _pmo.Clock.GetUtcNow());
        var service = await _pmo.Engine.ProcessServiceAsync("svc");

        Assert.Equal(FlywheelStep.ServiceDevelopment, service.Step);
    }
}
