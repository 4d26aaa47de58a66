using PmoFlow.Core.Kpis;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>An <c>observations</c> row.</summary>
internal sealed class ObservationRow
{
    public const string Columns = "id, kpi_id AS KpiId, value, unit, observed_at AS ObservedAt, source, evidence_link AS EvidenceLink";

    public string Id { get; init; } = "";
    public string KpiId { get; init; } = "";
    public string Value { get; init; } = "0";
    public string Unit { get; init; } = "";
    public string ObservedAt { get; init; } = "";
    public string Source { get; init; } = "";
    public string? EvidenceLink { get; init; }

    public Observation ToDomain() => new(Id, KpiId, Db.ToDecimal(Value), Unit, Db.ToTime(ObservedAt), Source, EvidenceLink);
}
