using PmoFlow.Core.Kpis;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>Where a KPI stands against its target.</summary>
internal static class KpiStatus
{
    /// <summary>Whether <paramref name="value"/> meets the KPI's target in its good direction; null without a target.</summary>
    public static bool? OnTarget(Kpi kpi, decimal value)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        if (kpi.Target is not { } target) return null;
        return kpi.GoodDirection == GoodDirection.LowerIsBetter ? value <= target : value >= target;
    }

    /// <summary>The KPI's latest observation: by time, and for a tie the one recorded later (a correction), as the gates read it.</summary>
    public static Observation? Latest(Kpi kpi, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return observations.Where(o => o.KpiId == kpi.Id).OrderBy(o => o.ObservedAt).LastOrDefault();
    }
}
