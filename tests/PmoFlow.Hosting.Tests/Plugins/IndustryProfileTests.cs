using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Hosting.Industry;
using PmoFlow.Tests.Plugins;

namespace PmoFlow.Hosting.Tests.Plugins;

/// <summary>The baseline's industry profile picks the plugin whose thresholds the gates use; the organization's own thresholds win.</summary>
public sealed class IndustryProfileTests
{
    [Fact]
    public async Task Baseline_SelectsTheIndustry_WhoseDefaultThresholdsTheGatesUse_UnderTheOrganizations()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        await pmo.AddServiceAsync("svc", FlywheelStep.ValueDelivery);

        await pmo.SetIndustryAsync("general");
        Assert.StartsWith("≥ 80%", (await pmo.EvaluateAsync("svc", "gate-9-10")).Clause("realized-share").Threshold, StringComparison.Ordinal);

        // The fixture's profile asks for 90% realized benefits; the baseline names its industry or the plugin itself.
        await pmo.SetIndustryAsync("construction");
        Assert.StartsWith("≥ 90%", (await pmo.EvaluateAsync("svc", "gate-9-10")).Clause("realized-share").Threshold, StringComparison.Ordinal);
        await pmo.SetIndustryAsync(FixturePlugins.GoodId);
        Assert.StartsWith("≥ 90%", (await pmo.EvaluateAsync("svc", "gate-9-10")).Clause("realized-share").Threshold, StringComparison.Ordinal);

        // A threshold the organization set wins over the profile's; those it kept at PmoFlow's default take the profile's.
        await pmo.Store.SetThresholdsAsync(new GateThresholds { RealizedBenefitShare = 0.85m }, "test");
        var evaluation = await pmo.EvaluateAsync("svc", "gate-9-10");
        Assert.StartsWith("≥ 85%", evaluation.Clause("realized-share").Threshold, StringComparison.Ordinal);
        Assert.Contains("\"realizedBenefitShare\":0.85", evaluation.InputSnapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamedThresholds_ComeFromTheProfile_UnderTheConfiguredOnes()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using (var pmo = await PluginPmo.StartAsync(plugins))
        {
            await pmo.SetIndustryAsync("construction");
            await pmo.AddServiceAsync("svc", FlywheelStep.ServiceOnboarding);
            await pmo.ObserveTrirAsync("svc", 1.2m);

            var clause = (await pmo.EvaluateAsync("svc", "gate-5-6")).Clause("hse-trir");
            Assert.Equal(("≤ 1.5", "1.2", true), (clause.Threshold, clause.Observed, clause.Passed));
        }

        await using (var pmo = await PluginPmo.StartAsync(plugins, settings: new Dictionary<string, string?> { ["PmoFlow:Rules:Thresholds:hse.trir.max"] = "1" }))
        {
            await pmo.SetIndustryAsync("construction");
            await pmo.AddServiceAsync("svc", FlywheelStep.ServiceOnboarding);
            await pmo.ObserveTrirAsync("svc", 1.2m);

            var clause = (await pmo.EvaluateAsync("svc", "gate-5-6")).Clause("hse-trir");
            Assert.Equal(("≤ 1", false, "TRIR down from 1.2 to 1"), (clause.Threshold, clause.Passed, clause.Missing));
        }
    }

    [Fact]
    public async Task Selection_NamesWhatIsLoaded_WhenNoPluginServesTheBaseline()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        var profiles = pmo.Get<IIndustryProfiles>();

        var pharma = profiles.Select("pharma");
        Assert.Null(pharma.Plugin);
        Assert.Equal("no loaded plugin serves industry profile 'pharma' (loaded: fixture-good (construction)); the default gates and thresholds apply", pharma.Problem);
        Assert.Null(profiles.Select("general").Problem);

        var construction = profiles.Select("Construction");
        Assert.Equal((FixturePlugins.GoodId, "Construction (HSE)"), (construction.Plugin!.PluginId, construction.Profile!.DisplayName));
        var thresholds = profiles.Thresholds(construction, new GateThresholds());
        Assert.Equal((0.9m, 1.5m), (thresholds.Gates.RealizedBenefitShare, thresholds.Named["hse.trir.max"]));
        Assert.Empty(thresholds.Problems);
    }
}
