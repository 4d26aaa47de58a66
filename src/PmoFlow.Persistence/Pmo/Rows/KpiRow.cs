using PmoFlow.Core.Kpis;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>kpis</c> row.</summary>
internal sealed class KpiRow
{
    public const string Columns = "id, service_id AS ServiceId, name, unit, good_direction AS GoodDirection, baseline, target, target_date AS TargetDate, owner";

    public string Id { get; init; } = "";
    public string ServiceId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Unit { get; init; } = "";
    public string GoodDirection { get; init; } = "";
    public string? Baseline { get; init; }
    public string? Target { get; init; }
    public string? TargetDate { get; init; }
    public string? Owner { get; init; }

    public Kpi ToDomain() => new(Id, ServiceId, Name, Unit, Db.ToEnum<GoodDirection>(GoodDirection), Db.ToDecimalOrNull(Baseline), Db.ToDecimalOrNull(Target),
        Db.ToDateOrNull(TargetDate), Owner);
}
