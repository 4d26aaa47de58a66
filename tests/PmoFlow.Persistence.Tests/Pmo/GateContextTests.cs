using PmoFlow.Core.Gates;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class GateContextTests
{
    [Fact]
    public async Task LoadGateContext_ReadsTheServiceAndAllItsData()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddCustomerAsync(Sample.Customer("c1"), "t");
        await db.Pmo.AddCustomerAsync(Sample.Customer("c2", "project managers"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s1", "Reporting", Core.Flywheel.FlywheelStep.ServiceOnboarding, "c2"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Other"), "t");
        await db.Pmo.AddKpiAsync(Sample.Kpi(), "t");
        await db.Pmo.AddKpiAsync(Sample.Kpi("k2", "s2"), "t");
        await db.Pmo.AddObservationAsync(Sample.Observation("o1", day: 2), "t");
        await db.Pmo.AddObservationAsync(Sample.Observation("o2", day: 1, value: 80m), "t");
        await db.Pmo.AddObservationAsync(Sample.Observation("o3", "k2"), "t");
        await db.Pmo.AddBenefitAsync(Sample.Benefit(), "t");
        await db.Pmo.AddSurveyResponseAsync(Sample.Survey(), "t");
        await db.Pmo.AddWaiverAsync(Sample.Waiver());
        await db.Pmo.AddValueStatementAsync(Sample.Statement(), "t");
        await db.Pmo.AddValueStatementAsync(Sample.Statement("v2", "s2"), "t");
        await EffectsHarness.CommitAsync(db, TestEffects.ApprovalRequested(Sample.Approval()));
        var thresholds = new GateThresholds { OnboardedShare = 0.6m };
        await db.Pmo.SetThresholdsAsync(thresholds, "admin");

        var context = await db.Pmo.LoadGateContextAsync("s1", "gate-5-6", Sample.T0.AddDays(20));

        Assert.NotNull(context);
        Assert.Equal(("gate-5-6", "s1", Sample.T0.AddDays(20)), (context.Gate, context.Service.Id, context.Now));
        Assert.Equal([Sample.Customer("c2", "project managers")], context.Customers);
        Assert.Equal(["k1"], context.Kpis.Select(k => k.Id));
        Assert.Equal(["o2", "o1"], context.Observations.Select(o => o.Id));
        Assert.Equal("o1", context.Latest("onboarded-users")!.Id);
        Same.Equal(new[] { Sample.Benefit() }, context.Benefits);
        Assert.Equal([Sample.Survey()], context.Surveys);
        Assert.Equal([Sample.Approval()], context.Approvals);
        Assert.Equal(Sample.Waiver(), context.ActiveWaiver);
        Assert.Equal(["v1"], context.ValueStatements.Select(v => v.Id));
        Assert.Equal(thresholds, context.Thresholds);
        Assert.Equal("general", context.Baseline.IndustryProfile);
        Assert.Equal("PMO services across the portfolio", context.Charter.Mandate.Scope);
    }

    [Fact]
    public async Task LoadGateContext_ReadsEachListInTheOrderTheStoresOwnReadsGive()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddCustomerAsync(Sample.Customer("c1"), "t");
        await db.Pmo.AddCustomerAsync(Sample.Customer("c2", "project managers"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s1", "Reporting", Core.Flywheel.FlywheelStep.ServiceOnboarding, "c2", "c1"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Other"), "t");
        foreach (var (kpi, service) in new[] { ("k2", "s1"), ("k1", "s1"), ("k3", "s2") }) await db.Pmo.AddKpiAsync(Sample.Kpi(kpi, service), "t");
        // Two observed at the same moment (kept in recording order), one earlier, one of another service.
        foreach (var (id, kpi, day) in new[] { ("o1", "k1", 2), ("o2", "k2", 2), ("o3", "k1", 1), ("o4", "k3", 1) })
            await db.Pmo.AddObservationAsync(Sample.Observation(id, kpi, day: day), "t");
        await db.Pmo.AddBenefitAsync(Sample.Benefit("b2"), "t");
        await db.Pmo.AddBenefitAsync(Sample.Benefit("b1"), "t");
        await db.Pmo.AddBenefitAsync(Sample.Benefit("b3", "s2"), "t");
        foreach (var (id, csat) in new[] { ("r2", 3), ("r1", 5) }) await db.Pmo.AddSurveyResponseAsync(Sample.Survey(id, csat: csat), "t");
        await db.Pmo.AddWaiverAsync(Sample.Waiver("w2"));
        await db.Pmo.AddWaiverAsync(Sample.Waiver("w1"));
        foreach (var (id, day) in new[] { ("v1", 3), ("v2", 5), ("v3", 5) }) await db.Pmo.AddValueStatementAsync(Sample.Statement(id, day: day), "t");
        await EffectsHarness.CommitAsync(db, TestEffects.ApprovalRequested(Sample.Approval("a1", hour: 2)), TestEffects.ApprovalRequested(Sample.Approval("a2", hour: 2)),
            TestEffects.ApprovalRequested(Sample.Approval("a3", hour: 1)), TestEffects.ApprovalRequested(Sample.Approval("a4", "s2")));

        var context = (await db.Pmo.LoadGateContextAsync("s1", "gate-5-6", Sample.T0))!;

        Assert.Equal(["c2", "c1"], context.Customers.Select(c => c.Id));
        Assert.Equal(await db.Pmo.ListKpisAsync("s1"), context.Kpis);
        Assert.Equal(["o3", "o1", "o2"], context.Observations.Select(o => o.Id));
        Assert.Equal(await db.Pmo.ListObservationsAsync("s1"), context.Observations);
        Same.Equal(await db.Pmo.ListBenefitsAsync("s1"), context.Benefits);
        Assert.Equal(["b2", "b1"], context.Benefits.Select(b => b.Id));
        Assert.Equal(await db.Pmo.ListSurveyResponsesAsync("s1"), context.Surveys);
        Assert.Equal(["a2", "a1", "a3"], context.Approvals.Select(a => a.Id));
        Assert.Equal(await db.Pmo.ListApprovalsAsync(new Core.Ports.ApprovalFilter("s1")), context.Approvals);
        Assert.Equal(await db.Pmo.ListWaiversAsync("s1"), context.Waivers);
        Assert.Equal(["v3", "v2", "v1"], context.ValueStatements.Select(v => v.Id));
        Same.Equal(await db.Pmo.ListValueStatementsAsync("s1"), context.ValueStatements);
        Assert.Null(await db.Pmo.LoadGateContextAsync("ghost", "gate-5-6", Sample.T0));
    }
}
