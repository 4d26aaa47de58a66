using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.Tests.Support;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Industry.Tests.FinancialServices;

[Collection(PluginHostCollection.Name)]
public sealed class FinancialServicesPluginTests(PluginHost host)
{
    [Fact]
    public void Load_FinancialServices_IsActiveWithItsManifestVersionAndIndustry()
    {
        var info = host.Catalog.Find(IndustryPlugins.FinancialServices)!;

        Assert.True(info.State == PluginState.Active, $"{info.State}: {info.Error}");
        Assert.Equal("1.0.0", info.Version);
        Assert.Equal("financial-services", info.Industry);
    }

    [Fact]
    public void Profile_Kpis_TrackKeyControlsDeficienciesAndWeaknesses()
    {
        var kpis = host.Plugin(IndustryPlugins.FinancialServices).Profile!.Kpis.ToDictionary(k => k.Name);

        Assert.Equal(("%", GoodDirection.HigherIsBetter), (kpis["key-controls-tested"].Unit, kpis["key-controls-tested"].Direction));
        Assert.Equal(GoodDirection.LowerIsBetter, kpis["material-weaknesses"].Direction);
        Assert.Equal(GoodDirection.LowerIsBetter, kpis["open-control-deficiencies"].Direction);
        Assert.Equal(("USD", GoodDirection.LowerIsBetter), (kpis["operational-losses"].Unit, kpis["operational-losses"].Direction));
        Assert.Equal(GoodDirection.LowerIsBetter, kpis["cost-income-ratio"].Direction);
    }

    [Fact]
    public void Profile_GateThresholds_WeightBenefitsByHowBankableTheyAre()
    {
        var thresholds = host.Plugin(IndustryPlugins.FinancialServices).Profile!.GateThresholds;

        Assert.Equal(1.0m, thresholds["fs.benefit-weight.cashable"]);
        Assert.Equal(0.7m, thresholds["fs.benefit-weight.revenue"]);
        Assert.Equal(0.5m, thresholds["fs.benefit-weight.non-cashable"]);
        Assert.Equal(0.5m, thresholds["fs.benefit-weight.cost-avoidance"]);
        Assert.Equal(0.75m, thresholds["fs.risk-adjusted-share.min"]);
        Assert.Equal(1.0m, thresholds["sox.key-controls-tested.min"]);
    }

    [Fact]
    public void Profile_BenefitsControlsAndTerms_AreABanks()
    {
        var plugin = host.Plugin(IndustryPlugins.FinancialServices);

        Assert.Equal(BenefitCategory.CostAvoidance, plugin.Profile!.BenefitCategories.Single(b => b.Name == "loss-avoidance").CountsAs);
        Assert.Equal(BenefitCategory.Revenue, plugin.Profile.BenefitCategories.Single(b => b.Name == "revenue-uplift").CountsAs);
        Assert.Equal(6, plugin.Profile.MandatoryControls.Single(c => c.Id == "sox.key-controls-tested").BeforeStep);
        Assert.Equal(10, plugin.Profile.MandatoryControls.Single(c => c.Id == "sox.deficiencies-remediated").BeforeStep);
        Assert.Equal("accountable executive", plugin.Profile.Terminology["sponsor"]);
        Assert.Equal("risk acceptance", plugin.Profile.Terminology["waiver"]);
        Assert.Equal("{amount} risk-adjusted value recognized", plugin.Wording!.Phrases["value-statement.risk-adjusted"]);
    }

    [Fact]
    public void Activities_RiskAdjustedBenefitAndControlTesting_HaveTheirDesignerDescriptors()
    {
        var risk = ActivityRunner.Find(host, IndustryPlugins.FinancialServices, "FinancialServices.RiskAdjustedBenefit").Descriptor;
        var controls = ActivityRunner.Find(host, IndustryPlugins.FinancialServices, "FinancialServices.ControlTesting").Descriptor;

        Assert.Equal("Financial services", risk.Category);
        Assert.Equal(["Amount", "Kind", "Probability", "ConfidenceWeight", "Hurdle"], risk.Inputs.Select(i => i.Name));
        Assert.Equal("dropdown", risk.Inputs.Single(i => i.Name == "Kind").UIHint);
        Assert.Equal(["MeetsHurdle", "BelowHurdle", "NotMeasurable"], risk.Ports.Select(p => p.Name));
        Assert.Equal(["Effective", "TestingIncomplete", "Deficient", "MaterialWeakness", "NotMeasurable"], controls.Ports.Select(p => p.Name));
        Assert.All(controls.Inputs, i => Assert.Equal("Int32", i.TypeName));
    }
}
