using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Reporting;

/// <summary>How value reports speak to a GxP organization.</summary>
internal static class PharmaWording
{
    public static ReportWording Create() => new()
    {
        Culture = "en",
        Phrases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.title"] = "GxP service value and quality report",
            ["value-statement.cashable"] = "{amount} saved in validation and quality spend",
            ["value-statement.cost-avoidance"] = "{amount} in batch failure and rework costs avoided",
            ["value-statement.revenue"] = "{amount} in revenue from earlier market access",
            ["value-statement.non-cashable"] = "{amount} of QA review capacity released",
            ["value-statement.non-financial"] = "{amount} {unit} of quality and compliance improvement",
            ["gate.blocked"] = "Quality gate {gate} is closed: {reason}",
            ["section.validation"] = "Computer system validation status",
            ["section.quality"] = "Quality metrics: deviations, CAPA, right first time",
            ["section.submissions"] = "Regulatory submissions",
        },
    };
}
