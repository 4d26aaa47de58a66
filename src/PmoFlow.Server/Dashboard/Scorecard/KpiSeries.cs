using PmoFlow.Core.Kpis;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>One KPI's observations over time, for a small trend chart.</summary>
internal sealed record KpiSeries(string KpiId, string ServiceId, string ServiceName, string Name, string Unit, GoodDirection GoodDirection,
    decimal? Baseline, decimal? Target, bool? OnTarget, string Href, IReadOnlyList<KpiPoint> Points);
