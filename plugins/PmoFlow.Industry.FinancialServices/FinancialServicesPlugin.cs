using PmoFlow.Abstractions.Plugins;
using PmoFlow.Industry.FinancialServices.Profile;
using PmoFlow.Industry.FinancialServices.Reporting;

namespace PmoFlow.Industry.FinancialServices;

/// <summary>
/// Financial services: a PMO in a bank or insurer changes processes that carry key financial controls and
/// regulatory obligations, and its value claims are read by finance and risk, who discount what is not bankable.
/// </summary>
internal sealed class FinancialServicesPlugin : IPmoFlowPlugin
{
    public const string Id = "financial-services";

    public PluginMetadata Metadata { get; } = new()
    {
        Id = Id,
        Name = "Financial services (SOX, risk-adjusted value)",
        Version = "1.0.0",
        Industry = FinancialServicesProfile.Industry,
        SdkVersion = PluginSdk.Version,
        Description = "SOX and regulatory control evidence at go-live and Value Recognition, and benefits weighted by how bankable "
            + "they are before value is recognized.",
    };

    public IndustryProfile? Profile { get; } = FinancialServicesProfile.Create();

    public ReportWording? Wording { get; } = FinancialServicesWording.Create();
}
