using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.Tests.Support;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Industry.Tests.Construction;

[Collection(PluginHostCollection.Name)]
public sealed class ConstructionPluginTests(PluginHost host)
{
    [Fact]
    public void Load_Construction_IsActiveWithItsManifestVersionAndIndustry()
    {
        var info = host.Catalog.Find(IndustryPlugins.Construction)!;

        Assert.True(info.State == PluginState.Active, $"{info.State}: {info.Error}");
        Assert.Equal("1.0.0", info.Version);
        Assert.Equal("construction", info.Industry);
        Assert.Equal("Construction & engineering", info.Name);
    }

    [Fact]
    public void Profile_Kpis_MeasureSafetyPerHoursWorkedAndEarnedValueAsIndices()
    {
        var kpis = host.Plugin(IndustryPlugins.Construction).Profile!.Kpis.ToDictionary(k => k.Name);

        Assert.Equal(("per 200k hours", GoodDirection.LowerIsBetter), (kpis["trir"].Unit, kpis["trir"].Direction));
        Assert.Equal(("per 1M hours", GoodDirection.LowerIsBetter), (kpis["ltifr"].Unit, kpis["ltifr"].Direction));
        Assert.Equal(("ratio", GoodDirection.HigherIsBetter), (kpis["spi"].Unit, kpis["spi"].Direction));
        Assert.Equal(("ratio", GoodDirection.HigherIsBetter), (kpis["cpi"].Unit, kpis["cpi"].Direction));
        Assert.Equal(GoodDirection.LowerIsBetter, kpis["actual-cost"].Direction);
        Assert.Equal(GoodDirection.HigherIsBetter, kpis["near-miss-reports"].Direction);
        Assert.All(kpis.Values, k => Assert.False(string.IsNullOrWhiteSpace(k.Description), k.Name));
    }

    [Fact]
    public void Profile_GateThresholds_HoldHseLimitsAndEarnedValueMinimums()
    {
        var thresholds = host.Plugin(IndustryPlugins.Construction).Profile!.GateThresholds;

        Assert.Equal(2.0m, thresholds["hse.trir.max"]);
        Assert.Equal(1.0m, thresholds["hse.ltifr.max"]);
        Assert.Equal(0.95m, thresholds["evm.spi.min"]);
        Assert.Equal(0.95m, thresholds["evm.cpi.min"]);
        Assert.Equal(31m, thresholds[GateThresholdNames.ObservationMaxAge]);
    }

    [Fact]
    public void Profile_BenefitsControlsAndTerms_AreAConstructionPmos()
    {
        var profile = host.Plugin(IndustryPlugins.Construction).Profile!;

        Assert.Equal(BenefitCategory.CostAvoidance, profile.BenefitCategories.Single(b => b.Name == "delay-damages-avoided").CountsAs);
        Assert.Equal(BenefitCategory.Cashable, profile.BenefitCategories.Single(b => b.Name == "procurement-savings").CountsAs);
        Assert.Equal(6, profile.MandatoryControls.Single(c => c.Id == "hse.construction-phase-plan").BeforeStep);
        Assert.Null(profile.MandatoryControls.Single(c => c.Id == "hse.incident-reporting").BeforeStep);
        Assert.Equal("programme", profile.Terminology["service"]);
        Assert.Equal("stage gate", profile.Terminology["gate"]);
        Assert.Equal("{amount} in rework, delay and incident costs avoided", host.Plugin(IndustryPlugins.Construction).Wording!.Phrases["value-statement.cost-avoidance"]);
    }

    [Fact]
    public void Activities_EarnedValue_HasItsDesignerDescriptor()
    {
        var descriptor = ActivityRunner.Find(host, IndustryPlugins.Construction, "Construction.EarnedValue").Descriptor;

        Assert.Equal(("Construction", "EarnedValue", "Construction"), (descriptor.Namespace, descriptor.Name, descriptor.Category));
        Assert.Equal(["PlannedValue", "EarnedValue", "ActualCost", "BudgetAtCompletion", "SpiMinimum", "CpiMinimum"], descriptor.Inputs.Select(i => i.Name));
        Assert.All(descriptor.Inputs, i => Assert.Equal("Decimal", i.TypeName));
        Assert.Equal(0.95m, descriptor.Inputs.Single(i => i.Name == "SpiMinimum").DefaultValue);
        Assert.Contains(descriptor.Outputs, o => o.Name == "Spi");
        Assert.Contains(descriptor.Outputs, o => o.Name == "Cpi");
        Assert.Equal(["WithinThresholds", "BelowThreshold", "NotMeasurable"], descriptor.Ports.Select(p => p.Name));
    }

    [Fact]
    public void Activities_IncidentRates_HasItsDesignerDescriptor()
    {
        var descriptor = ActivityRunner.Find(host, IndustryPlugins.Construction, "Construction.IncidentRates").Descriptor;

        Assert.Equal(["RecordableIncidents", "LostTimeInjuries", "HoursWorked", "TrirMaximum", "LtifrMaximum"], descriptor.Inputs.Select(i => i.Name));
        Assert.Equal(["Trir", "Ltifr", "Findings"], descriptor.Outputs.Select(o => o.Name));
        Assert.Equal(["WithinLimits", "AboveLimits", "NotMeasurable"], descriptor.Ports.Select(p => p.Name));
    }
}
