using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.FinancialServices;

[Collection(PluginHostCollection.Name)]
public sealed class FinancialServicesActivityTests(PluginHost host)
{
    private const string RiskAdjusted = "FinancialServices.RiskAdjustedBenefit";
    private const string ControlTesting = "FinancialServices.ControlTesting";

    [Fact]
    public async Task RiskAdjustedBenefit_RevenueCase_WeightsByProbabilityAndConfidence()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, RiskAdjusted, new Dictionary<string, object?>
        {
            ["Amount"] = 2_000_000, ["Kind"] = "Revenue", ["Probability"] = 80, ["Hurdle"] = 1_000_000,
        });

        Assert.Equal(["MeetsHurdle"], run.Outcomes);
        Assert.Equal(1_120_000m, run.Outputs["RiskAdjustedAmount"]);
        Assert.Equal(0.56m, run.Outputs["Factor"]);
        Assert.Equal("2,000,000 × 80% probability × 0.7 (Revenue) = 1,120,000, at or above the hurdle of 1,000,000", run.Outputs["Findings"]);
    }

    [Fact]
    public async Task RiskAdjustedBenefit_EfficiencyCaseUnderTheHurdle_TakesBelowHurdle()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, RiskAdjusted, new Dictionary<string, object?>
        {
            ["Amount"] = 1_500_000, ["Kind"] = "NonCashable", ["Probability"] = 90, ["Hurdle"] = 750_000,
        });

        Assert.Equal(["BelowHurdle"], run.Outcomes);
        Assert.Equal(675_000m, run.Outputs["RiskAdjustedAmount"]);
        Assert.EndsWith("75,000 short of the hurdle of 750,000", (string)run.Outputs["Findings"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskAdjustedBenefit_ConfidenceWeightGiven_ReplacesTheKindsWeight()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, RiskAdjusted, new Dictionary<string, object?>
        {
            ["Amount"] = 1_000_000, ["Kind"] = "CostAvoidance", ["ConfidenceWeight"] = 0.9m,
        });

        Assert.Equal(["MeetsHurdle"], run.Outcomes);
        Assert.Equal(900_000m, run.Outputs["RiskAdjustedAmount"]);
    }

    [Fact]
    public async Task RiskAdjustedBenefit_ImpossibleInputs_AreNotMeasurable()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, RiskAdjusted, new Dictionary<string, object?>
        {
            ["Amount"] = 1_000_000, ["Kind"] = "Bonus", ["Probability"] = 120,
        });

        Assert.Equal(["NotMeasurable"], run.Outcomes);
        Assert.Equal("Kind 'Bonus' is not one of Cashable, Revenue, NonCashable, CostAvoidance; Probability 120 is not between 0 and 100", run.Outputs["Findings"]);
    }

    [Theory]
    [InlineData(140, 140, 0, 0, 0, "Effective", "effective (140 of 140 key controls tested, 0 with exceptions)")]
    [InlineData(140, 128, 0, 0, 0, "TestingIncomplete", "testing incomplete (128 of 140 key controls tested, 0 with exceptions: 12 still to test)")]
    [InlineData(140, 140, 3, 1, 0, "Deficient", "deficient (140 of 140 key controls tested, 3 with exceptions; 1 significant deficiency open)")]
    [InlineData(140, 140, 3, 1, 1, "MaterialWeakness", "material weakness (1 material weakness open; 140 of 140 key controls tested, 3 with exceptions)")]
    [InlineData(140, 150, 0, 0, 0, "NotMeasurable", "150 controls tested of only 140 in scope")]
    public async Task ControlTesting_ConcludesOnTheMostSevereFinding(int keyControls, int tested, int exceptions, int significant, int weaknesses, string port, string conclusion)
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, ControlTesting, new Dictionary<string, object?>
        {
            ["KeyControls"] = keyControls, ["Tested"] = tested, ["Exceptions"] = exceptions, ["SignificantDeficiencies"] = significant, ["MaterialWeaknesses"] = weaknesses,
        });

        Assert.Equal([port], run.Outcomes);
        Assert.Equal(conclusion, run.Outputs["Conclusion"]);
    }

    [Fact]
    public async Task ControlTesting_Shares_AreInPercentToOneDecimal()
    {
        var run = await ActivityRunner.RunAsync(host, IndustryPlugins.FinancialServices, ControlTesting, new Dictionary<string, object?>
        {
            ["KeyControls"] = 140, ["Tested"] = 128, ["Exceptions"] = 3,
        });

        Assert.Equal(91.4m, run.Outputs["TestedShare"]);
        Assert.Equal(97.7m, run.Outputs["EffectiveShare"]);
    }
}
