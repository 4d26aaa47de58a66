namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>One observation on a KPI trend, linked to its record.</summary>
/// <param name="Label">The date it was observed, in the PMO's time zone.</param>
/// <param name="Value">The value.</param>
/// <param name="Href">The observation on the service page.</param>
internal sealed record KpiPoint(string Label, decimal Value, string Href);
