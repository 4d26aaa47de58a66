using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.Pharma.Profile;
using PmoFlow.Industry.Pharma.Reporting;

namespace PmoFlow.Industry.Pharma;

/// <summary>
/// Pharma and life sciences: a PMO whose services touch GxP processes shows validation evidence before a system is
/// used, keeps its quality system in control, and tracks regulatory submissions against their clocks.
/// </summary>
internal sealed class PharmaPlugin : IPmoFlowPlugin
{
    public const string Id = "pharma-life-sciences";

    public PluginMetadata Metadata { get; } = new()
    {
        Id = Id,
        Name = "Pharma & life sciences (GxP)",
        Version = "1.0.0",
        Industry = PharmaProfile.Industry,
        SdkVersion = PluginSdk.Version,
        Description = "GxP computer-system validation evidence at go-live and Value Delivery, quality metrics (deviations, CAPA, "
            + "right first time) and regulatory submission milestones with their statutory clocks.",
    };

    public IndustryProfile? Profile { get; } = PharmaProfile.Create();

    public ReportWording? Wording { get; } = PharmaWording.Create();
}
