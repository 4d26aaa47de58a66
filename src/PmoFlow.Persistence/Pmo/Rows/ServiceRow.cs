using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Services;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>services</c> row as Dapper reads it.</summary>
internal sealed class ServiceRow
{
    public const string Columns = "id, name, description, sponsor, customer_ids AS CustomerIds, step, turn, step_entered_at AS StepEnteredAt, target_users AS TargetUsers, created_at AS CreatedAt";

    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string Sponsor { get; init; } = "";
    public string CustomerIds { get; init; } = "[]";
    public int Step { get; init; }
    public int Turn { get; init; }
    public string StepEnteredAt { get; init; } = "";
    public int TargetUsers { get; init; }
    public string CreatedAt { get; init; } = "";

    public PmoService ToDomain() => new(Id, Name, Description, Sponsor, Db.FromJson<string[]>(CustomerIds), (FlywheelStep)Step, Turn,
        Db.ToTime(StepEnteredAt), TargetUsers, Db.ToTime(CreatedAt));
}
