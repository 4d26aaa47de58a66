using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.FinancialServices.Reporting;

/// <summary>How value reports speak to a bank's or insurer's executives, finance and risk.</summary>
internal static class FinancialServicesWording
{
    public static ReportWording Create() => new()
    {
        Culture = "en",
        Phrases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.title"] = "Change portfolio value and control report",
            ["value-statement.cashable"] = "{amount} of run-rate cost out, confirmed by finance",
            ["value-statement.cost-avoidance"] = "{amount} in operational losses and fines avoided",
            ["value-statement.revenue"] = "{amount} in attributed revenue uplift",
            ["value-statement.non-cashable"] = "{amount} of capacity released",
            ["value-statement.non-financial"] = "{amount} {unit} of improvement in customer outcomes",
            ["value-statement.risk-adjusted"] = "{amount} risk-adjusted value recognized",
            ["gate.blocked"] = "Governance checkpoint {gate} is closed: {reason}",
            ["section.controls"] = "Key controls and deficiencies (SOX 404)",
            ["section.regulatory"] = "Regulatory obligations and findings",
        },
    };
}
