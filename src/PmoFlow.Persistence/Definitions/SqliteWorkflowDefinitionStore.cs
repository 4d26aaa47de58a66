using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Persistence.Definitions;

/// <summary>
/// Definitions in SQLite behind an in-memory copy: the runtime looks definitions up per instance, so reads never
/// touch the database. Writes go to the database first and change the copy only once committed. The copy is loaded
/// on first use and assumes this process is the only writer, which is what an embedded database means.
/// Semantics are <c>InMemoryWorkflowDefinitionStore</c>'s: stored versions are snapshots, a flag change stores a new one.
/// </summary>
internal sealed class SqliteWorkflowDefinitionStore(SqliteDatabase db, TimeProvider clock, ILogger<SqliteWorkflowDefinitionStore> logger) : IWorkflowDefinitionStore
{
    private const string Insert =
        "INSERT INTO workflow_definitions (id, definition_id, version, is_latest, is_published, json, source, updated_at) " +
        "VALUES (@Id, @DefinitionId, @Version, @IsLatest, @IsPublished, @Json, @Source, @UpdatedAt)";

    // _lock guards the copy and is never held while waiting for the database; _writeLock serializes writers, which
    // wait for the database's write lock. An engine pass holds that lock while it looks definitions up under _lock,
    // so a writer holding _lock there would stall the pass until the writer's busy timeout gave up.
    private readonly Lock _lock = new();
    private readonly Lock _writeLock = new();
    private Dictionary<string, List<WorkflowDefinition>>? _byDefinitionId;
    private long _revision;

    public long Revision
    {
        get
        {
            lock (_lock) Cache();
            return Interlocked.Read(ref _revision);
        }
    }

    public WorkflowDefinition? FindByVersionId(string versionId)
    {
        lock (_lock) return Cache().Values.SelectMany(v => v).FirstOrDefault(d => d.Id == versionId);
    }

    public WorkflowDefinition? Find(string definitionId, VersionOptions options)
    {
        lock (_lock) return Cache().TryGetValue(definitionId, out var versions) ? options.Pick(versions) : null;
    }

    public WorkflowDefinition? FindActivityDefinition(string activityTypeName)
    {
        lock (_lock)
        {
            return Cache().Values
                .Select(v => VersionOptions.LatestOrPublished.Pick(v))
                .OfType<WorkflowDefinition>()
                .Where(d => d.UsableAsActivity && d.ActivityTypeName == activityTypeName)
                .OrderByDescending(d => d.IsPublished).ThenByDescending(d => (d.Json["createdAt"] as JsonValue)?.ToString(), StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }

    public IReadOnlyList<WorkflowDefinition> ListActivityDefinitions()
    {
        lock (_lock) return Cache().Values.Select(v => VersionOptions.LatestOrPublished.Pick(v)).OfType<WorkflowDefinition>().Where(d => d.UsableAsActivity).ToArray();
    }

    public IReadOnlyList<WorkflowDefinition> List(VersionOptions options)
    {
        lock (_lock) return Cache().Values.Select(v => options.Pick(v)).OfType<WorkflowDefinition>().ToArray();
    }

    public IReadOnlyList<WorkflowDefinition> ListVersions(string definitionId)
    {
        lock (_lock) return Cache().TryGetValue(definitionId, out var v) ? v.OrderBy(d => d.Version).ToArray() : [];
    }

    public void Put(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_writeLock)
        {
            List<WorkflowDefinition> versions;
            lock (_lock)
            {
                versions = Cache().TryGetValue(definition.DefinitionId, out var existing) ? existing.ToList() : [];
            }
            versions.RemoveAll(v => v.Id == definition.Id || v.Version == definition.Version);
            for (var i = 0; i < versions.Count; i++)
                versions[i] = versions[i].WithFlags(isLatest: false, isPublished: versions[i].IsPublished && !definition.IsPublished);
            versions.Add(definition.WithFlags(isLatest: true, isPublished: definition.IsPublished));
            versions.Sort((a, b) => a.Version.CompareTo(b.Version));

            // Rewrite the definition's rows: flags live in the JSON, so every version whose flags changed is a new snapshot.
            // A version id is unique across definitions, so one reused under another definition moves here.
            var now = Db.Time(clock.GetUtcNow());
            db.Write(s =>
            {
                s.Execute("DELETE FROM workflow_definitions WHERE definition_id = @DefinitionId OR id = @Id", new { definition.DefinitionId, definition.Id });
                s.Execute(Insert, versions.Select(v => Row(v, now)));
            });

            lock (_lock)
            {
                var cache = Cache();
                foreach (var other in cache.Where(kv => kv.Key != definition.DefinitionId).ToList())
                {
                    if (other.Value.RemoveAll(v => v.Id == definition.Id) > 0 && other.Value.Count == 0) cache.Remove(other.Key);
                }
                cache[definition.DefinitionId] = versions;
                Interlocked.Increment(ref _revision);
            }
        }
    }

    public bool Retract(string definitionId)
    {
        lock (_writeLock)
        {
            WorkflowDefinition retracted;
            lock (_lock)
            {
                if (!Cache().TryGetValue(definitionId, out var versions)) return false;
                var published = versions.FindIndex(v => v.IsPublished);
                if (published < 0) return false;
                retracted = versions[published].WithFlags(versions[published].IsLatest, isPublished: false);
            }
            db.Write(s => s.Execute("UPDATE workflow_definitions SET is_published = 0, json = @Json, updated_at = @UpdatedAt WHERE id = @Id",
                new { retracted.Id, Json = retracted.Json.ToJsonString(), UpdatedAt = Db.Time(clock.GetUtcNow()) }));
            lock (_lock)
            {
                // Only writers change the copy, and they wait for this one, so the version is where it was.
                var versions = Cache()[definitionId];
                versions[versions.FindIndex(v => v.Id == retracted.Id)] = retracted;
                Interlocked.Increment(ref _revision);
            }
            return true;
        }
    }

    public bool Delete(string definitionId)
    {
        lock (_writeLock)
        {
            lock (_lock)
            {
                if (!Cache().ContainsKey(definitionId)) return false;
            }
            db.Write(s => s.Execute("DELETE FROM workflow_definitions WHERE definition_id = @DefinitionId", new { DefinitionId = definitionId }));
            lock (_lock)
            {
                Cache().Remove(definitionId);
                Interlocked.Increment(ref _revision);
            }
            return true;
        }
    }

    /// <summary>Callers hold the lock.</summary>
    private Dictionary<string, List<WorkflowDefinition>> Cache()
    {
        if (_byDefinitionId is { } loaded) return loaded;
        var rows = db.Read(s => s.Query<DefinitionRow>("SELECT json, source FROM workflow_definitions ORDER BY definition_id, version"));
        _byDefinitionId = rows
            .Select(r => WorkflowDefinition.FromJson(JsonNode.Parse(r.Json)!.AsObject(), r.Source))
            .GroupBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Version).ToList(), StringComparer.Ordinal);
        logger.DefinitionsLoaded(rows.Count, "workflow_definitions");
        return _byDefinitionId;
    }

    private static object Row(WorkflowDefinition d, string now) => new
    {
        d.Id, d.DefinitionId, d.Version, d.IsLatest, d.IsPublished, Json = d.Json.ToJsonString(), d.Source, UpdatedAt = now,
    };


}
