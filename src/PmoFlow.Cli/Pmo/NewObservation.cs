namespace PmoFlow.Cli.Pmo;

/// <summary>A KPI value to record; <see cref="Unit"/> null means the KPI's own unit.</summary>
internal sealed record NewObservation(string KpiName, decimal Value, string? Unit, string Source, string? EvidenceLink);
