using PmoFlow.Core.Benefits;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Summary;
using PmoFlow.Server.Tests.Dashboard.Support;

namespace PmoFlow.Server.Tests.Dashboard.Summary;

/// <summary>The executive summary's money figures, from known benefits and the PMO's clock.</summary>
public sealed class ExecutiveSummaryBenefitTests
{
    private static readonly DateTimeOffset MidQ2 = new(2026, 5, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ValidatedCostAvoidance_ThisQuarter_AddsOwnerValidatedActualsAcrossServices()
    {
        var data = new ScorecardDataBuilder()
            .Service("a").Benefit("a-ca", BenefitCategory.CostAvoidance, "Grace Liu", "Grace Liu", ("2026-Q1", 100_000m, 90_000m), ("2026-Q2", 800_000m, 700_000m))
            // The owner's name as typed at validation: case and spaces do not matter.
            .Service("b").Benefit("b-ca", BenefitCategory.CostAvoidance, "Marco Silva", " marco silva ", ("2026-Q2", 600_000m, 600_000m))
            // Months and "Q2 2026" name the same quarter.
            .Service("c").Benefit("c-ca", BenefitCategory.CostAvoidance, "Sarah Kim", "Sarah Kim", ("2026-04", 400_000m, 500_000m))
            .Service("d").Benefit("d-ca", BenefitCategory.CostAvoidance, "Tom Becker", "Tom Becker", ("Q2 2026", 300_000m, 300_000m), ("FY2026", 1_000_000m, 1_000_000m))
            // Validated by someone else than the owner, and not validated at all: reported, not validated.
            .Service("e").Benefit("e-ca", BenefitCategory.CostAvoidance, "Hannah Wright", "PMO analyst", ("2026-Q2", 400_000m, 400_000m))
            .Service("f").Benefit("f-ca", BenefitCategory.CostAvoidance, "Elena Varga", null, ("2026-Q2", 50_000m, 50_000m))
            .Service("g").Benefit("g-cash", BenefitCategory.Cashable, "Daniel Okafor", "Daniel Okafor", ("2026-Q2", 100_000m, 120_000m))
            .Service("h").Benefit("h-nf", BenefitCategory.NonFinancial, "Priya Raman", "Priya Raman", ("2026-Q2", 10m, 10m))
            .Build();

        var summary = Calculator(MidQ2).Compute(data);

        Assert.Equal("2026-Q2", summary.Quarter);
        var costAvoidance = Figure(summary, "validated-cost-avoidance-quarter");
        Assert.Equal(2_100_000m, costAvoidance.Amount);
        Assert.Equal("$2.1M", costAvoidance.Headline);
        Assert.Equal("$2.1M validated cost avoidance across 4 services this quarter (2026-Q2).", costAvoidance.Statement);
        Assert.Equal(
            ["/dashboard/services/a#benefit-a-ca", "/dashboard/services/b#benefit-b-ca", "/dashboard/services/c#benefit-c-ca", "/dashboard/services/d#benefit-d-ca"],
            costAvoidance.Evidence.Select(e => e.Href));
        Assert.All(costAvoidance.Evidence, e => Assert.Equal("benefit", e.Kind));
        Assert.Equal("Benefit a-ca · Service a · 2026-Q2: $700k", costAvoidance.Evidence[0].Label);

        var cashable = Figure(summary, "validated-cashable-quarter");
        Assert.Equal("$120k validated cashable savings across 1 service this quarter (2026-Q2).", cashable.Statement);
        // Biggest first, and nothing for a category without validated money.
        Assert.Equal(["validated-cost-avoidance-quarter", "validated-cashable-quarter", "awaiting-validation-quarter", "fiscal-year-to-date"],
            summary.Figures.Select(f => f.Key).Take(4));
    }

    [Fact]
    public void AwaitingValidation_IsItsOwnFigure_NamingWhoStillHasToValidate()
    {
        var data = new ScorecardDataBuilder()
            .Service("e").Benefit("e-ca", BenefitCategory.CostAvoidance, "Hannah Wright", "PMO analyst", ("2026-Q2", 400_000m, 400_000m))
            .Service("f").Benefit("f-rev", BenefitCategory.Revenue, "Elena Varga", null, ("2026-Q2", 50_000m, 50_000m))
            .Build();

        var summary = Calculator(MidQ2).Compute(data);

        var awaiting = Figure(summary, "awaiting-validation-quarter");
        Assert.Equal(450_000m, awaiting.Amount);
        Assert.Equal("$450k more reported this quarter awaits validation by the benefit owners (2 benefits across 2 services); it is not counted as validated.", awaiting.Statement);
        Assert.Equal(["Benefit e-ca · Service e · 2026-Q2: $400k, awaiting its owner Hannah Wright (validated by PMO analyst)",
            "Benefit f-rev · Service f · 2026-Q2: $50k, awaiting Elena Varga"], awaiting.Evidence.Select(e => e.Label));
        Assert.Equal("No validated benefits recorded for this quarter (2026-Q2) yet.", Figure(summary, "validated-quarter").Statement);
        Assert.DoesNotContain(summary.Figures, f => f.Key.StartsWith("validated-", StringComparison.Ordinal) && f.Amount > 0);
    }

    [Fact]
    public void ThisQuarter_IsTheQuarterOfThePmoClock_InItsTimeZone()
    {
        var data = new ScorecardDataBuilder()
            .Service("a").Benefit("a-cash", BenefitCategory.Cashable, "Grace Liu", "Grace Liu", ("2026-Q2", 10_000m, 8_000m), ("2026-Q3", 10_000m, 12_500m))
            .Build();
        // 20:00 UTC on 30 June is already 1 July in Brisbane (UTC+10).
        var instant = new DateTimeOffset(2026, 6, 30, 20, 0, 0, TimeSpan.Zero);

        var inUtc = Calculator(instant).Compute(data);
        var inBrisbane = Calculator(instant, FixedClock.Zone(10)).Compute(data);

        Assert.Equal("2026-Q2", inUtc.Quarter);
        Assert.Equal("$8k validated cashable savings across 1 service this quarter (2026-Q2).", Figure(inUtc, "validated-cashable-quarter").Statement);
        Assert.Equal("2026-Q3", inBrisbane.Quarter);
        Assert.Equal("$12.5k validated cashable savings across 1 service this quarter (2026-Q3).", Figure(inBrisbane, "validated-cashable-quarter").Statement);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.FromHours(10)), inBrisbane.AsOf);
    }

    [Fact]
    public void EarlyInAQuarter_PointsToTheLatestQuarterWithValidatedBenefits()
    {
        var data = new ScorecardDataBuilder()
            .Service("a").Benefit("a-ca", BenefitCategory.CostAvoidance, "Grace Liu", "Grace Liu", ("2026-Q1", 100_000m, 90_000m), ("2026-Q2", 100_000m, null))
            .Service("b").Benefit("b-cash", BenefitCategory.Cashable, "Tom Becker", "Tom Becker", ("2026-Q1", 50_000m, 60_000m))
            .Build();

        var figure = Figure(Calculator(MidQ2).Compute(data), "validated-quarter");

        Assert.Equal(0m, figure.Amount);
        Assert.Equal("No validated benefits recorded for this quarter (2026-Q2) yet; the latest, 2026-Q1, has $150k validated across 2 services.", figure.Statement);
        Assert.Equal(["/dashboard/services/a#benefit-a-ca", "/dashboard/services/b#benefit-b-cash"], figure.Evidence.Select(e => e.Href));
    }

    [Fact]
    public void FiscalYearToDate_ComparesValidatedWithThePlanOfPeriodsEndedOrReported()
    {
        var data = new ScorecardDataBuilder()
            // Q1 ended: counts. Q2 is under way with nothing reported: not yet. Q3 is ahead. 2025 is another year.
            .Service("a").Benefit("a-cash", BenefitCategory.Cashable, "Grace Liu", "Grace Liu",
                ("2025-Q4", 70_000m, 70_000m), ("2026-Q1", 100_000m, 90_000m), ("2026-Q2", 100_000m, null), ("2026-Q3", 100_000m, null))
            // Q2 reported already: its plan counts too, its actual awaits validation.
            .Service("b").Benefit("b-ca", BenefitCategory.CostAvoidance, "Marco Silva", null, ("2026-Q1", 50_000m, 40_000m), ("2026-Q2", 50_000m, 20_000m))
            .Build();

        var figure = Figure(Calculator(MidQ2).Compute(data), "fiscal-year-to-date");

        Assert.Equal(90_000m, figure.Amount);
        Assert.Equal("Fiscal year 2026 to date: $90k validated against $200k planned for the periods so far (45%); a further $60k awaits validation.", figure.Statement);
        Assert.Equal(["Benefit a-cash · Service a: $90k validated of $100k planned", "Benefit b-ca · Service b: $60k reported of $100k planned, awaiting Marco Silva"],
            figure.Evidence.Select(e => e.Label));
    }

    private static ExecutiveSummaryCalculator Calculator(DateTimeOffset now, TimeZoneInfo? zone = null) =>
        new(new PmoCalendar(new FixedClock(now, zone)), new DashboardLinks(""));

    private static SummaryFigure Figure(ExecutiveSummary summary, string key) =>
        summary.Figures.SingleOrDefault(f => f.Key == key) ?? throw new Xunit.Sdk.XunitException($"No figure '{key}' among {string.Join(", ", summary.Figures.Select(f => f.Key))}.");
}
