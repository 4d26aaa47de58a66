namespace PmoFlow.Core.Kpis;

/// <summary>One observed value of a KPI.</summary>
/// <param name="Id">The id.</param>
/// <param name="KpiId">The KPI.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit it was reported in.</param>
/// <param name="ObservedAt">When it was true.</param>
/// <param name="Source">Where it came from (a system, a report, a person).</param>
/// <param name="EvidenceLink">A link to the evidence, if any.</param>
public sealed record Observation(string Id, string KpiId, decimal Value, string Unit, DateTimeOffset ObservedAt, string Source, string? EvidenceLink);
