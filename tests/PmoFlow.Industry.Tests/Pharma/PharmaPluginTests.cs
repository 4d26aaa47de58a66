using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.Tests.Support;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Industry.Tests.Pharma;

[Collection(PluginHostCollection.Name)]
public sealed class PharmaPluginTests(PluginHost host)
{
    [Fact]
    public void Load_Pharma_IsActiveWithItsManifestVersionAndIndustry()
    {
        var info = host.Catalog.Find(IndustryPlugins.Pharma)!;

        Assert.True(info.State == PluginState.Active, $"{info.State}: {info.Error}");
        Assert.Equal("1.0.0", info.Version);
        Assert.Equal("pharma", info.Industry);
        Assert.Equal("Pharma & life sciences (GxP)", info.Name);
    }

    [Fact]
    public void Profile_Kpis_CoverQualityMetricsAndValidationEvidence()
    {
        var kpis = host.Plugin(IndustryPlugins.Pharma).Profile!.Kpis.ToDictionary(k => k.Name);

        Assert.Equal(("days", GoodDirection.LowerIsBetter), (kpis["deviation-closure-time"].Unit, kpis["deviation-closure-time"].Direction));
        Assert.Equal(("%", GoodDirection.HigherIsBetter), (kpis["right-first-time-batches"].Unit, kpis["right-first-time-batches"].Direction));
        Assert.Equal(("%", GoodDirection.HigherIsBetter), (kpis["capa-on-time"].Unit, kpis["capa-on-time"].Direction));
        Assert.Equal(GoodDirection.LowerIsBetter, kpis["open-deviations"].Direction);
        Assert.All(["csv-requirements-traced", "csv-iq-passed", "csv-oq-passed", "csv-pq-passed"], name => Assert.Equal("%", kpis[name].Unit));
    }

    [Fact]
    public void Profile_GateThresholds_AskForCompleteValidationEvidence()
    {
        var thresholds = host.Plugin(IndustryPlugins.Pharma).Profile!.GateThresholds;

        Assert.Equal(1.0m, thresholds["gxp.csv.traceability.min"]);
        Assert.Equal(1.0m, thresholds["gxp.csv.qualification.min"]);
        Assert.Equal(0m, thresholds["gxp.csv.open-deviations.max"]);
        Assert.Equal(30m, thresholds["gxp.deviation-closure-days.max"]);
        Assert.Equal(0.9m, thresholds["gxp.capa-on-time.min"]);
    }

    [Fact]
    public void Profile_ControlsTermsAndWording_AreAGxpOrganizations()
    {
        var plugin = host.Plugin(IndustryPlugins.Pharma);
        var controls = plugin.Profile!.MandatoryControls.ToDictionary(c => c.Id);

        Assert.Equal(6, controls["gxp.csv.validation-summary"].BeforeStep);
        Assert.Equal(6, controls["gxp.csv.qualification"].BeforeStep);
        Assert.Equal(9, controls["gxp.deviations-closed"].BeforeStep);
        Assert.Null(controls["gxp.change-control"].BeforeStep);
        Assert.Equal(BenefitCategory.Revenue, plugin.Profile.BenefitCategories.Single(b => b.Name == "earlier-market-access").CountsAs);
        Assert.Equal("process owner", plugin.Profile.Terminology["sponsor"]);
        Assert.Equal("planned deviation", plugin.Profile.Terminology["waiver"]);
        Assert.Equal("{amount} in batch failure and rework costs avoided", plugin.Wording!.Phrases["value-statement.cost-avoidance"]);
    }

    [Fact]
    public void Activities_SubmissionMilestone_IsATaskWithTheStatutoryClocksInItsDropdown()
    {
        var descriptor = ActivityRunner.Find(host, IndustryPlugins.Pharma, "Pharma.SubmissionMilestone").Descriptor;

        Assert.Equal(PmoFlow.Abstractions.Activities.ActivityKind.Task, descriptor.Kind);
        Assert.Equal("Pharma (GxP)", descriptor.Category);
        Assert.Equal(["Submission", "Milestone", "ClockStart", "DueDate", "ReachedOn"], descriptor.Inputs.Select(i => i.Name));
        var milestone = descriptor.Inputs.Single(i => i.Name == "Milestone");
        Assert.Equal("dropdown", milestone.UIHint);
        var items = Assert.IsType<Dictionary<string, object?>[]>(milestone.UISpecifications!["items"]);
        Assert.Contains(items, i => (string?)i["value"] == "fda-filing-60-day");
        Assert.Equal(["Reached", "Overdue"], descriptor.Ports.Select(p => p.Name));
    }

    [Fact]
    public void Activities_ValidationEvidence_HasItsDesignerDescriptor()
    {
        var descriptor = ActivityRunner.Find(host, IndustryPlugins.Pharma, "Pharma.ValidationEvidence").Descriptor;

        Assert.Equal("CSV Evidence Check", descriptor.DisplayName);
        Assert.Equal("checkbox", descriptor.Inputs.Single(i => i.Name == "SummaryReportApproved").UIHint);
        Assert.Equal(["Missing", "Summary"], descriptor.Outputs.Select(o => o.Name));
        Assert.Equal(["Complete", "Incomplete"], descriptor.Ports.Select(p => p.Name));
    }
}
