using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Abstractions.Rules;

namespace Fixture.Good;

internal sealed class GoodPlugin : IPmoFlowPlugin
{
#if FIXTURE_V2
    internal const string Version = "2.0.0";
#else
    internal const string Version = "1.0.0";
#endif

    public PluginMetadata Metadata { get; } = new()
    {
        Id = "fixture-good",
        Name = "Good fixture",
        Version = Version,
        Industry = "construction",
        SdkVersion = PluginSdk.Version,
    };

    public IndustryProfile? Profile { get; } = new()
    {
        Industry = "construction",
        DisplayName = "Construction (HSE)",
        Kpis = [new KpiDefinition("trir", "per 200k hours", GoodDirection.LowerIsBetter, "Total recordable incident rate")],
        BenefitCategories = [new BenefitCategoryDefinition("incident-cost-avoided", "Incident cost avoided", BenefitCategory.CostAvoidance)],
        GateThresholds = new Dictionary<string, decimal> { [GateThresholdNames.RealizedBenefitShare] = 0.9m, ["hse.trir.max"] = 1.5m },
        MandatoryControls = [new MandatoryControl("hse.plan-signed", "HSE plan signed", BeforeStep: 6)],
        Terminology = new Dictionary<string, string> { ["service"] = "programme" },
    };

    public ReportWording? Wording { get; } = new()
    {
        Phrases = new Dictionary<string, string> { ["value-statement.cost-avoidance"] = "{amount} in incident costs avoided" },
    };

    public void ConfigureServices(IServiceCollection services) => services.AddSingleton<Greeter>();
}
