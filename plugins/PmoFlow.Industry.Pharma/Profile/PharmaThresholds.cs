using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Profile;

/// <summary>The gate thresholds GxP rules read, with their defaults (an organization overrides them). Shares are fractions.</summary>
internal static class PharmaThresholds
{
    public static IReadOnlyDictionary<string, decimal> Defaults() => new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        // A system is released for GxP use on complete evidence: every requirement traced to a passed test, every
        // qualification test passed (a failure counts once its deviation is closed), no validation deviation open.
        ["gxp.csv.traceability.min"] = 1.0m,
        ["gxp.csv.qualification.min"] = 1.0m,
        ["gxp.csv.open-deviations.max"] = 0m,
        // 30 days is the usual SOP target for closing a deviation investigation.
        ["gxp.deviation-closure-days.max"] = 30m,
        ["gxp.capa-on-time.min"] = 0.90m,
        ["gxp.right-first-time.min"] = 0.90m,
        // Quality metrics are reviewed monthly (ICH Q10 management review): older figures are not current.
        [GateThresholdNames.ObservationMaxAge] = 31m,
    };
}
