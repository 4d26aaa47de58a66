using PmoFlow.Core.Value;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>value_statements</c> row.</summary>
internal sealed class ValueStatementRow
{
    public const string Columns = "id, service_id AS ServiceId, text, amount, unit, evidence_links AS EvidenceLinks, published_at AS PublishedAt";

    public string Id { get; init; } = "";
    public string? ServiceId { get; init; }
    public string Text { get; init; } = "";
    public string? Amount { get; init; }
    public string? Unit { get; init; }
    public string EvidenceLinks { get; init; } = "[]";
    public string PublishedAt { get; init; } = "";

    public ValueStatement ToDomain() => new(Id, ServiceId, Text, Db.ToDecimalOrNull(Amount), Unit, Db.FromJson<string[]>(EvidenceLinks), Db.ToTime(PublishedAt));
}
