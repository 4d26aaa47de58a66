using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Definitions;

/// <summary>
/// Definitions held in memory. Stored versions are never edited in place: a flag change stores a new snapshot,
/// so running instances and cached graphs keep the JSON they started with.
/// </summary>
internal sealed class InMemoryWorkflowDefinitionStore : IWorkflowDefinitionStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<WorkflowDefinition>> _byDefinitionId = new(StringComparer.Ordinal);
    private long _revision;

    public long Revision => Interlocked.Read(ref _revision);

    public WorkflowDefinition? FindByVersionId(string versionId)
    {
        lock (_lock) return _byDefinitionId.Values.SelectMany(v => v).FirstOrDefault(d => d.Id == versionId);
    }

    public WorkflowDefinition? Find(string definitionId, VersionOptions options)
    {
        lock (_lock) return _byDefinitionId.TryGetValue(definitionId, out var versions) ? options.Pick(versions) : null;
    }

    public WorkflowDefinition? FindActivityDefinition(string activityTypeName)
    {
        lock (_lock)
        {
            return _byDefinitionId.Values
                .Select(v => VersionOptions.LatestOrPublished.Pick(v))
                .OfType<WorkflowDefinition>()
                .Where(d => d.UsableAsActivity && d.ActivityTypeName == activityTypeName)
                .OrderByDescending(d => d.IsPublished).ThenByDescending(d => d.Json.GetString("createdAt"), StringComparer.Ordinal)
                .FirstOrDefault();
        }
    }

    public IReadOnlyList<WorkflowDefinition> ListActivityDefinitions()
    {
        lock (_lock)
            return _byDefinitionId.Values.Select(v => VersionOptions.LatestOrPublished.Pick(v)).OfType<WorkflowDefinition>().Where(d => d.UsableAsActivity).ToArray();
    }

    public IReadOnlyList<WorkflowDefinition> List(VersionOptions options)
    {
        lock (_lock) return _byDefinitionId.Values.Select(v => options.Pick(v)).OfType<WorkflowDefinition>().ToArray();
    }

    public IReadOnlyList<WorkflowDefinition> ListVersions(string definitionId)
    {
        lock (_lock) return _byDefinitionId.TryGetValue(definitionId, out var v) ? v.OrderBy(d => d.Version).ToArray() : [];
    }

    public void Put(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_lock)
        {
            if (!_byDefinitionId.TryGetValue(definition.DefinitionId, out var versions))
                _byDefinitionId[definition.DefinitionId] = versions = [];
            versions.RemoveAll(v => v.Id == definition.Id || v.Version == definition.Version);
            for (var i = 0; i < versions.Count; i++)
                versions[i] = versions[i].WithFlags(isLatest: false, isPublished: versions[i].IsPublished && !definition.IsPublished);
            versions.Add(definition.WithFlags(isLatest: true, isPublished: definition.IsPublished));
            versions.Sort((a, b) => a.Version.CompareTo(b.Version));
            Interlocked.Increment(ref _revision);
        }
    }

    public bool Retract(string definitionId)
    {
        lock (_lock)
        {
            if (!_byDefinitionId.TryGetValue(definitionId, out var versions)) return false;
            var index = versions.FindIndex(v => v.IsPublished);
            if (index < 0) return false;
            versions[index] = versions[index].WithFlags(versions[index].IsLatest, isPublished: false);
            Interlocked.Increment(ref _revision);
            return true;
        }
    }

    public bool Delete(string definitionId)
    {
        lock (_lock)
        {
            var removed = _byDefinitionId.Remove(definitionId);
            if (removed) Interlocked.Increment(ref _revision);
            return removed;
        }
    }


}
