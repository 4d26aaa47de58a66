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
}
