using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.Construction;

[Collection(PluginHostCollection.Name)]
public sealed class ConstructionActivityTests(PluginHost host)
{
    private const string EarnedValue = "Construction.EarnedValue";
    private const string IncidentRates = "Construction.IncidentRates";

    [Fact]
    public async Task EarnedValue_OnTrack_TakesWithinThresholdsWithTheForecast()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, EarnedValue, new Dictionary<string, object?>
        {
            ["PlannedValue"] = 4_000_000, ["EarnedValue"] = 3_900_000, ["ActualCost"] = 3_800_000, ["BudgetAtCompletion"] = 12_000_000,
        });

        Assert.Equal(["WithinThresholds"], run.Outcomes);
        Assert.Equal(0.975m, run.Outputs["Spi"]);
        Assert.Equal(1.026m, run.Outputs["Cpi"]);
        Assert.Equal(-100_000m, run.Outputs["ScheduleVariance"]);
        Assert.Equal(100_000m, run.Outputs["CostVariance"]);
        Assert.Equal(11_692_307.69m, run.Outputs["EstimateAtCompletion"]);
        Assert.Equal(307_692.31m, run.Outputs["VarianceAtCompletion"]);
        Assert.Equal(0.988m, run.Outputs["ToCompletePerformanceIndex"]);
        Assert.Equal("SPI 0.97 and CPI 1.02 meet their minimums", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task EarnedValue_BelowTheMinimums_TakesBelowThresholdAndSaysWhatWouldReachThem()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, EarnedValue, new Dictionary<string, object?>
        {
            ["PlannedValue"] = "2000000", ["EarnedValue"] = "1700000", ["ActualCost"] = "1900000", ["SpiMinimum"] = "0.9",
        });

        Assert.Equal(["BelowThreshold"], run.Outcomes);
        Assert.Equal(0.85m, run.Outputs["Spi"]);
        Assert.Null(run.Outputs["EstimateAtCompletion"]);
        Assert.Equal("SPI 0.85 is below 0.9: 100,000 more earned value against the schedule would reach it; "
            + "CPI 0.89 is below 0.95: 105,000 more earned value at today's cost would reach it", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task EarnedValue_NothingScheduledOrSpent_IsNotMeasurableRatherThanAFault()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, EarnedValue, new Dictionary<string, object?>
        {
            ["PlannedValue"] = 0, ["EarnedValue"] = 0,
        });

        Assert.Equal(["NotMeasurable"], run.Outcomes);
        Assert.Equal("planned value must be above zero (with nothing scheduled yet, SPI is undefined); actual cost must be above zero (with nothing spent yet, CPI is undefined)",
            run.Outputs["Findings"]);
        Assert.Equal(PmoFlow.Plugins.Catalog.PluginState.Active, host.Catalog.Find(IndustryPlugins.Construction)!.State);
    }

    [Fact]
    public async Task EarnedValue_AFigureThatIsNotANumber_IsNotMeasurableAndThePluginStaysActive()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, EarnedValue, new Dictionary<string, object?>
        {
            ["PlannedValue"] = "2,0M", ["EarnedValue"] = 1_900_000, ["ActualCost"] = 1_950_000,
        });

        Assert.Equal(["NotMeasurable"], run.Outcomes);
        Assert.Equal("PlannedValue '2,0M' is not a number", run.Outputs["Findings"]);
        Assert.Equal(PmoFlow.Plugins.Catalog.PluginState.Active, host.Catalog.Find(IndustryPlugins.Construction)!.State);
    }

    [Fact]
    public async Task IncidentRates_AboveTheLimits_TakesAboveLimitsWithTheHoursNeeded()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, IncidentRates, new Dictionary<string, object?>
        {
            ["RecordableIncidents"] = 3, ["LostTimeInjuries"] = 1, ["HoursWorked"] = 250_000,
        });

        Assert.Equal(["AboveLimits"], run.Outcomes);
        Assert.Equal(2.4m, run.Outputs["Trir"]);
        Assert.Equal(4m, run.Outputs["Ltifr"]);
        Assert.Equal("TRIR 2.40 is above 2: 50,000 more hours without a recordable incident would bring it down; "
            + "LTIFR 4.00 is above 1: 750,000 more hours without a lost-time injury would bring it down", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task IncidentRates_WithinTheLimits_TakesWithinLimits()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, IncidentRates, new Dictionary<string, object?>
        {
            ["RecordableIncidents"] = 1, ["LostTimeInjuries"] = 0, ["HoursWorked"] = 400_000,
        });

        Assert.Equal(["WithinLimits"], run.Outcomes);
        Assert.Equal(0.5m, run.Outputs["Trir"]);
        Assert.Equal(0m, run.Outputs["Ltifr"]);
    }

    [Fact]
    public async Task IncidentRates_MoreLostTimeThanRecordable_IsNotMeasurable()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.Construction, IncidentRates, new Dictionary<string, object?>
        {
            ["RecordableIncidents"] = 1, ["LostTimeInjuries"] = 2, ["HoursWorked"] = 100_000,
        });

        Assert.Equal(["NotMeasurable"], run.Outcomes);
        Assert.Equal("lost-time injuries (2) outnumber recordable incidents (1): every lost-time injury is recordable", run.Outputs["Findings"]);
    }
}
