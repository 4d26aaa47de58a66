using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo;

/// <summary>Appends to the audit trail inside the caller's transaction, so an entry exists exactly when its change does.</summary>
internal static class AuditLog
{
    public const string EngineActor = "engine";

    private const int Columns = 5;

    private static readonly SqlLists Insert = new("INSERT INTO audit (at, actor, service_id, action, details) VALUES ", Columns);

    public static void Append(DbSession session, DateTimeOffset at, string actor, string? serviceId, string action, object details) =>
        session.Execute("INSERT INTO audit (at, actor, service_id, action, details) VALUES (@At, @Actor, @ServiceId, @Action, @Details)",
            new { At = Db.Time(at), Actor = actor, ServiceId = serviceId, Action = action, Details = Db.ToJson(details) });

    /// <summary>Several entries in one statement, in order (their ids ascend in the same order).</summary>
    public static void Append(DbSession session, IReadOnlyList<AuditRecord> entries)
    {
        Span<object?> values = new object?[Math.Min(entries.Count, SqlLists.MaxRows) * Columns];
        for (var start = 0; start < entries.Count; start += SqlLists.MaxRows)
        {
            var rows = Math.Min(SqlLists.MaxRows, entries.Count - start);
            for (var i = 0; i < rows; i++)
            {
                var e = entries[start + i];
                var at = i * Columns;
                values[at] = e.At;
                values[at + 1] = e.Actor;
                values[at + 2] = e.ServiceId;
                values[at + 3] = e.Action;
                values[at + 4] = e.Details;
            }
            session.ExecutePositional(Insert.Text(rows), values[..(rows * Columns)]);
        }
    }
}
