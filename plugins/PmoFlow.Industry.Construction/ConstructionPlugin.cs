using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.Construction.Profile;
using PmoFlow.Industry.Construction.Reporting;

namespace PmoFlow.Industry.Construction;

/// <summary>
/// Construction and engineering: a PMO running capital programmes measures safety (TRIR, LTIFR) and earned value
/// (SPI, CPI) and holds its stage gates to both.
/// </summary>
internal sealed class ConstructionPlugin : IPmoFlowPlugin
{
    public const string Id = "construction-engineering";

    public PluginMetadata Metadata { get; } = new()
    {
        Id = Id,
        Name = "Construction & engineering",
        Version = "1.0.0",
        Industry = ConstructionProfile.Industry,
        SdkVersion = PluginSdk.Version,
        Description = "HSE incident rates (TRIR, LTIFR) and earned value (SPI, CPI) checked at stage gates, with the KPIs, "
            + "benefit categories and controls of a construction PMO.",
    };

    public IndustryProfile? Profile { get; } = ConstructionProfile.Create();

    public ReportWording? Wording { get; } = ConstructionWording.Create();
}
