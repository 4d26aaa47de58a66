using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Reporting;

/// <summary>How value reports speak to a construction client.</summary>
internal static class ConstructionWording
{
    public static ReportWording Create() => new()
    {
        Culture = "en",
        Phrases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.title"] = "Programme value and HSE report",
            ["value-statement.cashable"] = "{amount} saved against the cost plan",
            ["value-statement.cost-avoidance"] = "{amount} in rework, delay and incident costs avoided",
            ["value-statement.revenue"] = "{amount} earned by the client from early handover",
            ["value-statement.non-cashable"] = "{amount} of site productivity released",
            ["value-statement.non-financial"] = "{amount} {unit} of carbon avoided",
            ["gate.blocked"] = "Stage gate {gate} is closed: {reason}",
            ["section.performance"] = "Schedule and cost performance (earned value)",
            ["section.safety"] = "Health, safety and environment",
        },
    };
}
