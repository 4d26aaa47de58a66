using PmoFlow.Core.Benefits;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class BenefitTests
{
    [Fact]
    public async Task Benefit_RoundTrips_WithPeriodsInOrderAndExactMoney()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var benefit = Sample.Benefit();

        await db.Pmo.AddBenefitAsync(benefit, "t");

        var stored = Assert.Single(await db.Pmo.ListBenefitsAsync("s1"));
        Same.Equal(benefit, stored);
        Assert.Equal(1_250_000.50m, stored.PlannedToDate);
        Assert.Equal(["1250000.50", "500000"], db.Query<string>("SELECT planned FROM benefit_periods ORDER BY position"));
    }

    [Fact]
    public async Task RecordBenefitPeriod_UpdatesOrAppends_AndValidateKeepsTheNoteWhenNoneGiven()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        await db.Pmo.AddBenefitAsync(Sample.Benefit(), "t");

        await db.Pmo.RecordBenefitPeriodAsync("b1", "2026-Q2", null, 250_000.25m, "finance");
        await db.Pmo.RecordBenefitPeriodAsync("b1", "2026-Q3", 300_000m, null, "finance");
        await db.Pmo.RecordBenefitPeriodAsync("b1", "2026-Q1", 1_300_000m, null, "finance");
        await db.Pmo.ValidateBenefitAsync("b1", "cfo", "Q2 slipped: vendor delay", Sample.T0.AddDays(10));
        await db.Pmo.ValidateBenefitAsync("b1", "cfo", null, Sample.T0.AddDays(11));

        var benefit = Assert.Single(await db.Pmo.ListBenefitsAsync("s1"));
        Assert.Equal(
            [new BenefitPeriod("2026-Q1", 1_300_000m, 1_000_000m), new BenefitPeriod("2026-Q2", 500_000m, 250_000.25m), new BenefitPeriod("2026-Q3", 300_000m, null)],
            benefit.Periods);
        Assert.Equal(("cfo", Sample.T0.AddDays(11), "Q2 slipped: vendor delay"), (benefit.ValidatedBy, benefit.ValidatedAt, benefit.VarianceNote));
        var actions = (await db.Pmo.ListAuditAsync("s1")).Select(a => a.Action).ToList();
        Assert.Equal(3, actions.Count(a => a == "benefit.period-recorded"));
        Assert.Equal(2, actions.Count(a => a == "benefit.validated"));
        Assert.Equal(7, (await db.Pmo.ListPendingWorkAsync(100)).Count);
    }

    [Fact]
    public async Task BenefitWrites_UnknownIdsAndBadInput_AreRefused()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var twice = Sample.Benefit("b2") with { Periods = [new("2026-Q1", 1m, null), new("2026-Q1", 2m, null)] };

        var unknownService = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddBenefitAsync(Sample.Benefit("b1", "ghost"), "t"));
        var unknownBenefit = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.RecordBenefitPeriodAsync("ghost", "2026-Q1", 1m, null, "t"));
        var unknownValidate = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.ValidateBenefitAsync("ghost", "cfo", null, Sample.T0));
        var duplicatePeriod = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddBenefitAsync(twice, "t"));

        Assert.Equal(("serviceId", true), (unknownService.Field, unknownService.IsNotFound));
        Assert.Equal(("benefitId", true), (unknownBenefit.Field, unknownBenefit.IsNotFound));
        Assert.Equal(("benefitId", true), (unknownValidate.Field, unknownValidate.IsNotFound));
        Assert.Equal(("periods", false), (duplicatePeriod.Field, duplicatePeriod.IsNotFound));
        Assert.Equal(0, db.Count("benefits"));
    }
}
