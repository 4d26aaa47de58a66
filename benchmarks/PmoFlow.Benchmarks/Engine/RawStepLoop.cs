using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PmoFlow.Benchmarks.Engine;

/// <summary>
/// The baseline: a minimal hand-written loop that writes, per service and in one <c>BEGIN IMMEDIATE</c> transaction,
/// exactly the rows one engine pass writes when a service moves Needs Assessment → Value Proposition, in the order
/// the engine writes them: the gate evaluation, the service's step and its step_transitions row, the approval
/// (GateEvaluatedHandler, StepEnteredHandler, ApprovalRequestedHandler), the consumed pending_work rows
/// (WorkDoneHandler), the three audit rows, then the workflow_instances upsert and the workflow_bookmarks delete +
/// insert. Column values are copied from rows a real engine pass wrote (<see cref="RowTemplates"/>), so every JSON
/// and text column has the engine's size. It writes each row with its own prepared statement, the plainest way;
/// the engine writes the three audit rows with one multi-row insert and binds the instance state as UTF-8 (stored
/// as the same text). What it leaves out is engine work, not storage: every read of the pass (the engine's
/// pass reads its instance and the gate's data inside the same transaction before it writes).
/// </summary>
internal static class RawStepLoop
{
    private const string InsertEvaluation =
        "INSERT INTO gate_evaluations (id, service_id, gate, turn, evaluated_at, outcome, clauses, input_snapshot, evaluator, waiver_id) " +
        "VALUES (@Id, @ServiceId, @Gate, @Turn, @EvaluatedAt, @Outcome, @Clauses, @InputSnapshot, @Evaluator, @WaiverId)";

    private const string InsertAudit = "INSERT INTO audit (at, actor, service_id, action, details) VALUES (@At, @Actor, @ServiceId, @Action, @Details)";

    private const string UpdateService = "UPDATE services SET step = @To, turn = @Turn, step_entered_at = @At WHERE id = @ServiceId AND (@From IS NULL OR step = @From)";

    private const string InsertTransition =
        "INSERT INTO step_transitions (service_id, turn, from_step, to_step, at, gate_evaluation_id, waiver_id) " +
        "VALUES (@ServiceId, @Turn, @From, @To, @At, @GateEvaluationId, @WaiverId)";

    private const string InsertApproval =
        "INSERT INTO approvals (id, service_id, gate, role, status, requested_at, due_at, reminded_at, escalated_at, decided_by, decided_at, comment) " +
        "VALUES (@Id, @ServiceId, @Gate, @Role, @Status, @RequestedAt, @DueAt, @RemindedAt, @EscalatedAt, @DecidedBy, @DecidedAt, @Comment)";

    private const string DeleteWork = "DELETE FROM pending_work WHERE id = @WorkId";

    // SqliteWorkflowInstanceStore.Upsert, binding the state as the text it is (the store binds UTF-8 bytes cast to TEXT).
    private const string UpsertInstance =
        "INSERT INTO workflow_instances (id, definition_id, definition_version_id, version, status, correlation_id, parent_instance_id, state, created_at, updated_at) " +
        "VALUES (@Id, @DefinitionId, @DefinitionVersionId, @Version, @Status, @CorrelationId, @ParentInstanceId, @State, @CreatedAt, @UpdatedAt) " +
        "ON CONFLICT(id) DO UPDATE SET definition_id = excluded.definition_id, definition_version_id = excluded.definition_version_id, version = excluded.version, " +
        "status = excluded.status, correlation_id = excluded.correlation_id, parent_instance_id = excluded.parent_instance_id, state = excluded.state, updated_at = excluded.updated_at";

    private const string DeleteBookmarks = "DELETE FROM workflow_bookmarks WHERE instance_id = @Id";

    private const string InsertBookmark =
        "INSERT INTO workflow_bookmarks (instance_id, bookmark_id, name, key, resume_at) VALUES (@InstanceId, @BookmarkId, @Name, @Key, @ResumeAt)";

    /// <summary>Runs the loop over every service with pending work in <paramref name="path"/>; returns the services written and the elapsed time.</summary>
    public static (int Services, TimeSpan Elapsed) Run(string path, string synchronous, RowTemplates t)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        // The pragmas SqliteConnectionFactory sets on every connection.
        EngineDatabase.Execute(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");

        using var evaluation = Prepare(connection, InsertEvaluation, "@Id", "@ServiceId", "@Gate", "@Turn", "@EvaluatedAt", "@Outcome", "@Clauses", "@InputSnapshot", "@Evaluator", "@WaiverId");
        using var audit = Prepare(connection, InsertAudit, "@At", "@Actor", "@ServiceId", "@Action", "@Details");
        using var service = Prepare(connection, UpdateService, "@To", "@Turn", "@At", "@ServiceId", "@From");
        using var transition = Prepare(connection, InsertTransition, "@ServiceId", "@Turn", "@From", "@To", "@At", "@GateEvaluationId", "@WaiverId");
        using var approval = Prepare(connection, InsertApproval, "@Id", "@ServiceId", "@Gate", "@Role", "@Status", "@RequestedAt", "@DueAt", "@RemindedAt", "@EscalatedAt", "@DecidedBy", "@DecidedAt", "@Comment");
        using var work = Prepare(connection, DeleteWork, "@WorkId");
        using var instance = Prepare(connection, UpsertInstance, "@Id", "@DefinitionId", "@DefinitionVersionId", "@Version", "@Status", "@CorrelationId", "@ParentInstanceId", "@State", "@CreatedAt", "@UpdatedAt");
        using var deleteBookmarks = Prepare(connection, DeleteBookmarks, "@Id");
        using var bookmark = Prepare(connection, InsertBookmark, "@InstanceId", "@BookmarkId", "@Name", "@Key", "@ResumeAt");

        var started = Stopwatch.GetTimestamp();

        // What the engine's ProcessPendingAsync starts from: the queued work, with each service's instance.
        var queue = new List<(string ServiceId, string InstanceId, List<long> Work)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT p.id, p.service_id, i.id FROM pending_work p JOIN workflow_instances i ON i.correlation_id = p.service_id ORDER BY p.id";
            using var reader = list.ExecuteReader();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var serviceId = reader.GetString(1);
                if (!index.TryGetValue(serviceId, out var at))
                {
                    index[serviceId] = at = queue.Count;
                    queue.Add((serviceId, reader.GetString(2), []));
                }
                queue[at].Work.Add(reader.GetInt64(0));
            }
        }

        foreach (var (serviceId, instanceId, items) in queue)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var evaluationId = $"{t.EvaluationIdPrefix}{serviceId}";

            Bind(evaluation, transaction, evaluationId, serviceId, t.Evaluation.Gate, t.Evaluation.Turn, t.Evaluation.EvaluatedAt, t.Evaluation.Outcome, t.Evaluation.Clauses,
                t.Evaluation.InputSnapshot, t.Evaluation.Evaluator, t.Evaluation.WaiverId);
            Once(evaluation);

            Bind(service, transaction, t.Transition.To, t.Transition.Turn, t.Transition.At, serviceId, t.Transition.From);
            Once(service);
            Bind(transition, transaction, serviceId, t.Transition.Turn, t.Transition.From, t.Transition.To, t.Transition.At, evaluationId, t.Transition.WaiverId);
            Once(transition);

            Bind(approval, transaction, $"{t.ApprovalIdPrefix}{serviceId}", serviceId, t.Approval.Gate, t.Approval.Role, t.Approval.Status, t.Approval.RequestedAt, t.Approval.DueAt,
                t.Approval.RemindedAt, t.Approval.EscalatedAt, t.Approval.DecidedBy, t.Approval.DecidedAt, t.Approval.Comment);
            Once(approval);

            foreach (var item in items)
            {
                Bind(work, transaction, item);
                Once(work);
            }

            Audit(audit, transaction, t.EvaluationAudit, serviceId);
            Audit(audit, transaction, t.TransitionAudit, serviceId);
            Audit(audit, transaction, t.ApprovalAudit, serviceId);

            var i = t.Instance;
            Bind(instance, transaction, instanceId, i.DefinitionId, i.DefinitionVersionId, i.Version, i.Status, serviceId, i.ParentInstanceId, i.State, i.CreatedAt, i.UpdatedAt);
            instance.ExecuteNonQuery();
            Bind(deleteBookmarks, transaction, instanceId);
            deleteBookmarks.ExecuteNonQuery();
            foreach (var b in t.Bookmarks)
            {
                Bind(bookmark, transaction, instanceId, b.BookmarkId, b.Name, serviceId, b.ResumeAt);
                Once(bookmark);
            }
            transaction.Commit();
        }
        return (queue.Count, Stopwatch.GetElapsedTime(started));
    }

    private static void Audit(SqliteCommand audit, SqliteTransaction transaction, RowTemplates.AuditRow row, string serviceId)
    {
        Bind(audit, transaction, row.At, row.Actor, serviceId, row.Action, row.Details);
        Once(audit);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The constants above.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, SqliteTransaction transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static void Once(SqliteCommand command)
    {
        if (command.ExecuteNonQuery() != 1) throw new InvalidOperationException($"Expected one row from: {command.CommandText}");
    }
}
