using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting;
using PmoFlow.Hosting.Engine;
using PmoFlow.Persistence.Effects;
using PmoFlow.Persistence.Pmo;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Activities.Pmo;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Benchmarks.Engine;

/// <summary>
/// Where an engine pass spends its time: a copy of <c>PmoEngine.ProcessPendingAsync</c> (its pass in one
/// <c>SqliteDatabase.RunAsync</c>) and of <c>SqliteWorkflowInstanceStore.FindByCorrelationIdAsync</c> / <c>SaveAsync</c>, the
/// same calls in the same order with a Stopwatch around each phase; inside the workflow run, the PMO store and the gate
/// evaluator are wrapped in timing proxies, so the runtime's own share is what is left. Phases are µs per
/// transition (one service = one transition here). Also measures the fixed cost of one store round trip.
/// </summary>
internal static class EngineProfiler
{
    private static readonly HashSet<string> DataDriven = [GateActivity.BookmarkName, ApprovalActivity.BookmarkName, SurveyActivity.BookmarkName];

    // Copied from SqliteWorkflowInstanceStore.
    private const string Upsert =
        "INSERT INTO workflow_instances (id, definition_id, definition_version_id, version, status, correlation_id, parent_instance_id, state, created_at, updated_at) " +
        "VALUES (@Id, @DefinitionId, @DefinitionVersionId, @Version, @Status, @CorrelationId, @ParentInstanceId, CAST(@State AS TEXT), @CreatedAt, @UpdatedAt) " +
        "ON CONFLICT(id) DO UPDATE SET definition_id = excluded.definition_id, definition_version_id = excluded.definition_version_id, version = excluded.version, " +
        "status = excluded.status, correlation_id = excluded.correlation_id, parent_instance_id = excluded.parent_instance_id, state = excluded.state, updated_at = excluded.updated_at";

    private const string InsertBookmark =
        "INSERT INTO workflow_bookmarks (instance_id, bookmark_id, name, key, resume_at) VALUES (@InstanceId, @BookmarkId, @Name, @Key, @ResumeAt)";

    public static async Task RunAsync(string folder, int count, string mode)
    {
        var template = Path.Combine(folder, "profile-template.db");
        var run = Path.Combine(folder, "profile-run.db");
        if (!File.Exists(template)) await EngineDatabase.CreateTemplateAsync(template, count);

        var timer = new PhaseTimer();
        PhaseTimer? best = null;
        // Three passes over fresh copies; the fastest total is reported (the machine is shared and noisy).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            EngineDatabase.Copy(template, run);
            timer = new PhaseTimer();
            await ProfileAsync(run, mode, count, timer);
            if (best is null || timer.Total < best.Total) best = timer;
        }
        EngineDatabase.VerifyAdvanced(run, count, "profiled engine");

        EngineDatabase.Copy(template, run);
        var roundTrips = await RoundTripsAsync(run, mode);
        best!.Print(count, mode, roundTrips);
    }

    private static async Task ProfileAsync(string path, string mode, int count, PhaseTimer timer)
    {
        await using var provider = EngineDatabase.Compose(path, mode, services =>
        {
            services.RemoveAll<IPmoStore>();
            services.AddSingleton(sp => TimingProxy<IPmoStore>.Create(ActivatorUtilities.CreateInstance<SqlitePmoStore>(sp), timer, "store."));
            services.RemoveAll<IEffectHandler>();
            foreach (var type in new[] { typeof(GateEvaluatedHandler), typeof(StepEnteredHandler), typeof(ApprovalRequestedHandler), typeof(ApprovalNudgedHandler), typeof(SurveyOpenedHandler), typeof(WorkDoneHandler) })
                services.AddSingleton<IEffectHandler>(sp => new TimedHandler((IEffectHandler)ActivatorUtilities.CreateInstance(sp, type), timer));
            // Every evaluator the composition registers (rule packs ahead of the built-in rules), in order, each timed.
            var evaluators = services.Where(d => d.ServiceType == typeof(IGateEvaluator)).ToList();
            services.RemoveAll<IGateEvaluator>();
            foreach (var d in evaluators)
            {
                var name = $"evaluator.{(d.ImplementationType ?? d.ImplementationInstance?.GetType())?.Name ?? "factory"}.";
                services.AddSingleton(sp => TimingProxy<IGateEvaluator>.Create(
                    (IGateEvaluator)(d.ImplementationInstance ?? d.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!)), timer, name));
            }
        });
        await provider.StartPmoFlowAsync();
        var store = provider.GetRequiredService<IPmoStore>();
        var runtime = provider.GetRequiredService<IWorkflowRuntime>();
        var db = provider.GetRequiredService<SqliteDatabase>();
        var effects = provider.GetRequiredService<EffectApplier>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var batchSize = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PmoEngineOptions>>().Value.BatchSize;

        var processed = 0;
        var all = Stopwatch.StartNew();
        while (true)
        {
            var t = timer.Start();
            var batch = await store.ListPendingWorkAsync(batchSize);
            var byService = batch.GroupBy(w => w.ServiceId, StringComparer.Ordinal).ToList();
            var truncated = batch.Count == batchSize ? batch[^1].ServiceId : null;
            timer.Add("1 engine: list queued work (batch of 200, amortized)", t);
            if (byService.Count == 0) break;

            foreach (var items in byService)
            {
                var serviceId = items.Key;
                t = timer.Start();
                // PmoEngine.PassAsync: one IStoreTransactions.RunAsync (a pooled connection, BEGIN IMMEDIATE) around all of it.
                await db.RunAsync(async _ =>
                {
                    t = timer.Add("2 pass: rent connection + BEGIN IMMEDIATE", t);
                    var work = items.Key == truncated ? await store.ListPendingWorkAsync(serviceId) : items.ToList();
                    t = timer.Add("3 read: the service's own work (only a batch's last service)", t);

                    var json = await db.ReadAsync(s => s.QuerySingleOrDefault<byte[]>(
                        "SELECT CAST(state AS BLOB) FROM workflow_instances WHERE correlation_id = @CorrelationId ORDER BY seq DESC LIMIT 1", new { CorrelationId = serviceId }), default);
                    t = timer.Add("4 read: instance row (FindByCorrelationIdAsync SQL)", t);
                    var state = InstanceStateSerializer.Deserialize(json!);
                    timer.Count("state bytes (UTF-8) loaded", json!.Length);
                    timer.Count("log entries loaded", state.Log.Count);
                    t = timer.Add("5 deserialize instance state", t);

                    timer.InRun = true;
                    foreach (var id in state.Bookmarks.Where(b => DataDriven.Contains(b.Name)).Select(b => b.Id).ToList())
                    {
                        if (state.Status != WorkflowStatus.Suspended || state.Bookmarks.All(b => b.Id != id)) continue;
                        state = await runtime.ResumeAsync(state, id, output: TextWriter.Null);
                    }
                    timer.InRun = false;
                    t = timer.Add("6 workflow run (ResumeAsync, total)", t);

                    foreach (var item in work)
                        state.PendingEffects.Add(new WorkflowEffect(PmoEffects.WorkDoneType, new System.Text.Json.Nodes.JsonObject { ["workId"] = item.Id }));
                    t = timer.Add("7 record WorkDone effects", t);

                    // SqliteWorkflowInstanceStore.SaveAsync, phase by phase.
                    var pending = state.PendingEffects;
                    state.PendingEffects = [];
                    var stateJson = InstanceStateSerializer.SerializeToUtf8(state);
                    state.PendingEffects = pending;
                    timer.Count("state bytes (UTF-8) saved", stateJson.Length);
                    timer.Count("log entries saved", state.Log.Count);
                    timer.Count("effects saved", pending.Count);
                    t = timer.Add("8 serialize instance state", t);

                    await db.WriteAsync(session =>
                    {
                        t = timer.Add("9 save: join the pass transaction", t);
                        effects.Apply(session, pending);
                        t = timer.Add("10 save: effects (3 inserts, update, 3 deletes; then 3 audit rows in 1 insert)", t);
                        session.Execute(Upsert, new
                        {
                            Id = state.InstanceId, state.DefinitionId, state.DefinitionVersionId, Version = state.DefinitionVersion, Status = state.Status.ToString(),
                            state.CorrelationId, state.ParentInstanceId, State = stateJson, CreatedAt = Db.Time(state.CreatedAt), UpdatedAt = Db.Time(clock.GetUtcNow()),
                        });
                        session.Execute("DELETE FROM workflow_bookmarks WHERE instance_id = @Id", new { Id = state.InstanceId });
                        if (state.Bookmarks.Count > 0)
                            session.Execute(InsertBookmark, state.Bookmarks.Select(b => new { InstanceId = state.InstanceId, BookmarkId = b.Id, b.Name, b.Key, ResumeAt = Db.Time(b.ResumeAt) }));
                        t = timer.Add("11 save: instance upsert + bookmarks delete/insert", t);
                    }, default);
                    t = timer.Add("12 save: leave it", t);
                    pending.Clear();
                    return true;
                });
                timer.Add("13 pass: COMMIT + return connection", t);
                processed++;
            }
        }
        timer.Total = all.Elapsed;
        if (processed != count) throw new InvalidOperationException($"Profiled {processed} services; expected {count}.");
    }

    /// <summary>The fixed cost of one store call: ReadAsync with a point query (a pooled connection, its own transaction), against the same query on a held connection with a prepared command.</summary>
    private static async Task<RoundTrips> RoundTripsAsync(string path, string mode)
    {
        const int N = 3000;
        await using var provider = EngineDatabase.Compose(path, mode);
        await provider.StartPmoFlowAsync();
        var db = provider.GetRequiredService<SqliteDatabase>();
        var connections = provider.GetRequiredService<SqliteConnectionFactory>();
        var ids = Enumerable.Range(0, N).Select(i => EngineDatabase.ServiceId(i % 100)).ToArray();
        double readAsync = 0, held = 0, open = 0, dapperInsert = 0, preparedInsert = 0;
        var details = new PmoEffects.StepEntered(EngineDatabase.ServiceId(0), 1, Core.Flywheel.FlywheelStep.NeedsAssessment, Core.Flywheel.FlywheelStep.ValueProposition,
            DateTimeOffset.UtcNow, Guid.NewGuid().ToString("N"), null);
        for (var rep = 0; rep < 2; rep++) // the first repetition warms up
        {
            var t = Stopwatch.GetTimestamp();
            foreach (var id in ids) await db.ReadAsync(s => s.QuerySingleOrDefault<string>("SELECT name FROM services WHERE id = @Id", new { Id = id }), default);
            readAsync = Stopwatch.GetElapsedTime(t).TotalMicroseconds / N;

            t = Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                using var c = connections.Open();
            }
            open = Stopwatch.GetElapsedTime(t).TotalMicroseconds / N;

            using var prepared = new PreparedConnection(connections.Open());
            var connection = prepared.Connection;
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM services WHERE id = @Id";
            var parameter = command.Parameters.Add(new SqliteParameter("@Id", ""));
            command.Prepare();
            t = Stopwatch.GetTimestamp();
            foreach (var id in ids)
            {
                parameter.Value = id;
                _ = command.ExecuteScalar();
            }
            held = Stopwatch.GetElapsedTime(t).TotalMicroseconds / N;

            // One audit insert: as AuditLog.Append does it (DbSession: cached command, parameters from an object, details serialized) vs a hand-bound prepared command.
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                var session = new DbSession(prepared, transaction);
                t = Stopwatch.GetTimestamp();
                foreach (var id in ids) AuditLog.Append(session, DateTimeOffset.UtcNow, AuditLog.EngineActor, id, "step.entered", details);
                dapperInsert = Stopwatch.GetElapsedTime(t).TotalMicroseconds / N;
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO audit (at, actor, service_id, action, details) VALUES (@At, @Actor, @ServiceId, @Action, @Details)";
                var at = insert.Parameters.Add(new SqliteParameter("@At", ""));
                insert.Parameters.Add(new SqliteParameter("@Actor", AuditLog.EngineActor));
                var service = insert.Parameters.Add(new SqliteParameter("@ServiceId", ""));
                insert.Parameters.Add(new SqliteParameter("@Action", "step.entered"));
                insert.Parameters.Add(new SqliteParameter("@Details", Db.ToJson(details)));
                insert.Prepare();
                t = Stopwatch.GetTimestamp();
                foreach (var id in ids)
                {
                    at.Value = Db.Time(DateTimeOffset.UtcNow);
                    service.Value = id;
                    insert.ExecuteNonQuery();
                }
                preparedInsert = Stopwatch.GetElapsedTime(t).TotalMicroseconds / N;
                transaction.Rollback();
            }
        }
        return new RoundTrips(readAsync, held, open, dapperInsert, preparedInsert);
    }

    /// <summary>Times each effect handler inside the save transaction.</summary>
    private sealed class TimedHandler(IEffectHandler inner, PhaseTimer timer) : IEffectHandler
    {
        public string Type => inner.Type;

        public void Apply(EffectSession session, System.Text.Json.Nodes.JsonObject data)
        {
            var start = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            inner.Apply(session, data);
            timer.Add($"10.{inner.Type}", Stopwatch.GetElapsedTime(start), GC.GetAllocatedBytesForCurrentThread() - bytes);
        }
    }

    internal sealed record RoundTrips(double ReadAsync, double Held, double OpenOnly, double DapperInsert, double PreparedInsert);

    internal sealed class PhaseTimer
    {
        private readonly SortedDictionary<string, (double Micros, long Bytes, long Calls)> _phases = new(new PhaseOrder());
        private long _bytesMark;
        private readonly Dictionary<string, (long Sum, long Calls)> _counts = new(StringComparer.Ordinal);

        public bool InRun { get; set; }

        public TimeSpan Total { get; set; }

        /// <summary>Starts timing a phase sequence (the allocation count too); returns now.</summary>
        public long Start()
        {
            _bytesMark = GC.GetAllocatedBytesForCurrentThread();
            return Stopwatch.GetTimestamp();
        }

        /// <summary>Adds the time since <paramref name="since"/> and the bytes allocated since the last mark; returns now, for the next phase.</summary>
        public long Add(string phase, long since)
        {
            var now = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            Add(phase, Stopwatch.GetElapsedTime(since, now), bytes - _bytesMark);
            _bytesMark = GC.GetAllocatedBytesForCurrentThread();
            return Stopwatch.GetTimestamp();
        }

        public void Add(string phase, TimeSpan elapsed, long bytes)
        {
            _phases.TryGetValue(phase, out var p);
            _phases[phase] = (p.Micros + elapsed.TotalMicroseconds, p.Bytes + bytes, p.Calls + 1);
        }

        public void Count(string what, long value)
        {
            _counts.TryGetValue(what, out var c);
            _counts[what] = (c.Sum + value, c.Calls + 1);
        }

        public void Print(int transitions, string mode, RoundTrips roundTrips)
        {
            var totalMicros = Total.TotalMicroseconds / transitions;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Engine pass profile, synchronous={mode}: {transitions:N0} services, best of 3 copies, {totalMicros:F1} µs per transition ({transitions / Total.TotalSeconds:N0}/s; timing adds ~1 µs)"));
            Console.WriteLine();
            Console.WriteLine("| phase | µs/transition | share | calls/transition | KB allocated/transition |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            var inRun = 0.0;
            var inRunBytes = 0L;
            foreach (var (phase, (micros, bytes, calls)) in _phases)
            {
                var nested = phase.StartsWith("store.", StringComparison.Ordinal) || phase.StartsWith("evaluator.", StringComparison.Ordinal);
                if (nested)
                {
                    inRun += micros;
                    inRunBytes += bytes;
                }
                if (phase.StartsWith("10.", StringComparison.Ordinal))
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"|   10.handler: {phase[3..]} | {micros / transitions:F1} | {micros / Total.TotalMicroseconds:P1} | {(double)calls / transitions:F2} | {bytes / 1024.0 / transitions:F1} |"));
                    continue;
                }
                var name = nested ? $"  6.{(phase.StartsWith("store.", StringComparison.Ordinal) ? "store" : "rules")}: {phase} (inside the run)" : phase;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {micros / transitions:F1} | {micros / Total.TotalMicroseconds:P1} | {(double)calls / transitions:F2} | {bytes / 1024.0 / transitions:F1} |"));
            }
            if (_phases.TryGetValue("6 workflow run (ResumeAsync, total)", out var runTotal))
            {
                var rest = runTotal.Micros - inRun;
                var restBytes = runTotal.Bytes - inRunBytes;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"|   6.rest: flowchart runtime (contexts, inputs, log, effect JSON, bookmarks) | {rest / transitions:F1} | {rest / Total.TotalMicroseconds:P1} | | {restBytes / 1024.0 / transitions:F1} |"));
            }
            Console.WriteLine();
            foreach (var (what, (sum, calls)) in _counts)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {what}: {(double)sum / calls:N0} on average"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- one store round trip (SqliteDatabase.ReadAsync, point SELECT, its own transaction): {roundTrips.ReadAsync:F1} µs (opening a connection with its pragmas, which the pool now saves: {roundTrips.OpenOnly:F1} µs); " +
                $"the same SELECT on a held connection, prepared: {roundTrips.Held:F1} µs"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- one audit insert as AuditLog.Append does it (DbSession: cached prepared command, details JSON): {roundTrips.DapperInsert:F1} µs; hand-bound prepared command, same row: {roundTrips.PreparedInsert:F1} µs"));
        }

        /// <summary>Phases by their number, then nested ones after their parent.</summary>
        private sealed class PhaseOrder : IComparer<string>
        {
            public int Compare(string? x, string? y)
            {
                var (kx, ky) = (Key(x!), Key(y!));
                var c = kx.CompareTo(ky);
                return c != 0 ? c : string.CompareOrdinal(x, y);
            }

            private static double Key(string phase) =>
                phase.StartsWith("10.", StringComparison.Ordinal) ? 10.1
                : phase.StartsWith("store.", StringComparison.Ordinal) ? 6.1
                : phase.StartsWith("evaluator.", StringComparison.Ordinal) ? 6.2
                : int.TryParse(phase.AsSpan(0, phase.IndexOf(' ', StringComparison.Ordinal)), CultureInfo.InvariantCulture, out var n) ? n : 99;
        }
    }

    /// <summary>Times every call made inside the workflow run (the store is synchronous underneath, so a returned task is a finished one).</summary>
    internal class TimingProxy<T> : DispatchProxy where T : class
    {
        private T _target = null!;
        private PhaseTimer _timer = null!;
        private string _prefix = "";

        public static T Create(T target, PhaseTimer timer, string prefix)
        {
            var proxy = Create<T, TimingProxy<T>>();
            var self = (TimingProxy<T>)(object)proxy;
            self._target = target;
            self._timer = timer;
            self._prefix = prefix;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            var start = Stopwatch.GetTimestamp();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                return targetMethod.Invoke(_target, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
            finally
            {
                if (_timer.InRun) _timer.Add(_prefix + targetMethod.Name, Stopwatch.GetElapsedTime(start), GC.GetAllocatedBytesForCurrentThread() - bytes);
            }
        }
    }
}
