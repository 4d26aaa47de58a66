using PmoFlow.Core.Benefits;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>benefits</c> row; its periods come from <c>benefit_periods</c>.</summary>
internal sealed class BenefitRow
{
    public const string Columns = "id, service_id AS ServiceId, name, category, owner, validated_by AS ValidatedBy, validated_at AS ValidatedAt, variance_note AS VarianceNote";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";
    public string Owner { get; init; } = "";
    public string? ValidatedBy { get; init; }
    public string? ValidatedAt { get; init; }
    public string? VarianceNote { get; init; }

    public Benefit ToDomain(IReadOnlyList<BenefitPeriod> periods) =>
        new(Id, ServiceId, Name, Db.ToEnum<BenefitCategory>(Category), Owner, periods, ValidatedBy, Db.ToTimeOrNull(ValidatedAt), VarianceNote);
}
