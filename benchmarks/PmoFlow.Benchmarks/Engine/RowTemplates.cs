using Microsoft.Data.Sqlite;

namespace PmoFlow.Benchmarks.Engine;

/// <summary>
/// The rows one real engine pass wrote for one service, read back from a database the engine advanced, so the
/// baseline writes values of the same shape and size (ids are made unique per service, lengths kept).
/// </summary>
internal sealed class RowTemplates
{
    public sealed record EvaluationRow(string Gate, long Turn, string EvaluatedAt, string Outcome, string Clauses, string InputSnapshot, string Evaluator, string? WaiverId);

    public sealed record AuditRow(string At, string Actor, string Action, string Details);

    public sealed record TransitionRow(long Turn, long? From, long To, string At, string? WaiverId);

    public sealed record ApprovalRow(string Gate, string Role, string Status, string RequestedAt, string DueAt, string? RemindedAt, string? EscalatedAt,
        string? DecidedBy, string? DecidedAt, string? Comment);

    public sealed record InstanceRow(string DefinitionId, string DefinitionVersionId, long Version, string Status, string? ParentInstanceId, string State,
        string CreatedAt, string UpdatedAt);

    public sealed record BookmarkRow(string BookmarkId, string Name, string? Key, string? ResumeAt);

    public required EvaluationRow Evaluation { get; init; }
    public required AuditRow EvaluationAudit { get; init; }
    public required TransitionRow Transition { get; init; }
    public required AuditRow TransitionAudit { get; init; }
    public required ApprovalRow Approval { get; init; }
    public required AuditRow ApprovalAudit { get; init; }
    public required InstanceRow Instance { get; init; }
    public required IReadOnlyList<BookmarkRow> Bookmarks { get; init; }

    /// <summary>Unique ids of the engine's length (32 hex digits) less the service id's, so the baseline's ids are as long as the engine's.</summary>
    public required string EvaluationIdPrefix { get; init; }
    public required string ApprovalIdPrefix { get; init; }

    /// <summary>The instance state's size before the pass (what the engine loads and deserializes).</summary>
    public required int StateBefore { get; init; }

    public static RowTemplates Capture(string advanced, string template, string serviceId)
    {
        SqliteConnection.ClearAllPools();
        int stateBefore;
        using (var before = new SqliteConnection($"Data Source={template};Mode=ReadOnly"))
        {
            before.Open();
            stateBefore = (int)EngineDatabase.Scalar(before, $"SELECT length(state) FROM workflow_instances WHERE correlation_id = '{serviceId}'");
        }

        using var c = new SqliteConnection($"Data Source={advanced};Mode=ReadOnly");
        c.Open();
        var evaluation = Single(c, "SELECT id, gate, turn, evaluated_at, outcome, clauses, input_snapshot, evaluator, waiver_id FROM gate_evaluations " +
            $"WHERE service_id = '{serviceId}' AND gate = 'gate-2-3' AND outcome = 'Ready'");
        var transition = Single(c, $"SELECT turn, from_step, to_step, at, gate_evaluation_id, waiver_id FROM step_transitions WHERE service_id = '{serviceId}' AND to_step = 3");
        var approval = Single(c, "SELECT id, gate, role, status, requested_at, due_at, reminded_at, escalated_at, decided_by, decided_at, comment FROM approvals " +
            $"WHERE service_id = '{serviceId}'");
        var instance = Single(c, "SELECT id, definition_id, definition_version_id, version, status, parent_instance_id, state, created_at, updated_at FROM workflow_instances " +
            $"WHERE correlation_id = '{serviceId}'");
        var audits = Rows(c, $"SELECT at, actor, action, details FROM audit WHERE service_id = '{serviceId}' ORDER BY id DESC LIMIT 3");
        audits.Reverse();
        string[] expected = ["gate.evaluated", "step.entered", "approval.requested"];
        if (!audits.Select(a => (string)a[2]!).SequenceEqual(expected))
            throw new InvalidOperationException($"The pass's audit rows for {serviceId} are {string.Join(", ", audits.Select(a => a[2]))}; expected {string.Join(", ", expected)}.");
        if (!Equals(transition[4], evaluation[0]))
            throw new InvalidOperationException("The transition does not name the passing evaluation.");
        var bookmarks = Rows(c, $"SELECT bookmark_id, name, key, resume_at FROM workflow_bookmarks WHERE instance_id = '{instance[0]}' ORDER BY bookmark_id");

        var evaluationId = (string)evaluation[0]!;
        var approvalId = (string)approval[0]!;
        return new RowTemplates
        {
            Evaluation = new EvaluationRow((string)evaluation[1]!, (long)evaluation[2]!, (string)evaluation[3]!, (string)evaluation[4]!, (string)evaluation[5]!,
                (string)evaluation[6]!, (string)evaluation[7]!, (string?)evaluation[8]),
            EvaluationAudit = Audit(audits[0]),
            Transition = new TransitionRow((long)transition[0]!, (long?)transition[1], (long)transition[2]!, (string)transition[3]!, (string?)transition[5]),
            TransitionAudit = Audit(audits[1]),
            Approval = new ApprovalRow((string)approval[1]!, (string)approval[2]!, (string)approval[3]!, (string)approval[4]!, (string)approval[5]!, (string?)approval[6],
                (string?)approval[7], (string?)approval[8], (string?)approval[9], (string?)approval[10]),
            ApprovalAudit = Audit(audits[2]),
            Instance = new InstanceRow((string)instance[1]!, (string)instance[2]!, (long)instance[3]!, (string)instance[4]!, (string?)instance[5], (string)instance[6]!,
                (string)instance[7]!, (string)instance[8]!),
            Bookmarks = bookmarks.Select(b => new BookmarkRow((string)b[0]!, (string)b[1]!, (string?)b[2], (string?)b[3])).ToArray(),
            EvaluationIdPrefix = Prefix(evaluationId.Length, serviceId.Length, "e"),
            ApprovalIdPrefix = Prefix(approvalId.Length, serviceId.Length, "a"),
            StateBefore = stateBefore,
        };
    }

    private static string Prefix(int idLength, int serviceIdLength, string tag) => tag.PadRight(Math.Max(1, idLength - serviceIdLength), '0');

    private static AuditRow Audit(object?[] row) => new((string)row[0]!, (string)row[1]!, (string)row[2]!, (string)row[3]!);

    private static object?[] Single(SqliteConnection connection, string sql)
    {
        var rows = Rows(connection, sql);
        return rows.Count == 1 ? rows[0] : throw new InvalidOperationException($"{rows.Count} rows from: {sql}");
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Ids the benchmark generated itself.
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
