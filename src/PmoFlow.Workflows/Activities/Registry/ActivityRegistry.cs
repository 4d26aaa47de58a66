using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Composition;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Workflows.Activities.Registry;

internal sealed class ActivityRegistry : IActivityRegistry, IDisposable
{
    private static readonly Dictionary<string, IActivity> NoActivities = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IActivity> _builtIn;
    private readonly IWorkflowDefinitionProvider _definitions;
    private readonly IActivitySource[] _sources;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentDictionary<string, WorkflowDefinitionActivity> _workflowActivities = new(StringComparer.Ordinal);
    private readonly Lock _rebuild = new();
    private Dictionary<string, IActivity> _dynamic = NoActivities;
    private long _revision;
    private long _builtRevision = -1;

    public ActivityRegistry(IEnumerable<IActivity> activities, IWorkflowDefinitionProvider definitions, IEnumerable<IActivitySource>? sources = null)
    {
        _builtIn = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!_builtIn.TryAdd(activity.Descriptor.TypeName, activity))
                throw new InvalidOperationException($"Two activities claim the type name '{activity.Descriptor.TypeName}': {_builtIn[activity.Descriptor.TypeName].GetType()} and {activity.GetType()}.");
        }
        _definitions = definitions;
        _sources = [.. sources ?? []];
        foreach (var source in _sources) _subscriptions.Add(ChangeToken.OnChange(source.GetChangeToken, () => Interlocked.Increment(ref _revision)));
    }

    public long Revision => Interlocked.Read(ref _revision);

    public IActivity Resolve(string typeName) => Find(typeName) ?? new NotFoundActivity(typeName);

    public bool IsKnown(string typeName) => Find(typeName) is not null;

    public IReadOnlyList<ActivityDescriptor> ListDescriptors() =>
        _builtIn.Values.Select(a => a.Descriptor)
            .Concat(Dynamic().Values.Select(a => a.Descriptor))
            .Concat(_definitions.ListActivityDefinitions().Select(d => ForDefinition(d).Descriptor))
            .OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal)
            .ToArray();

    public void Dispose()
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _subscriptions.Clear();
    }

    private IActivity? Find(string typeName)
    {
        if (_builtIn.TryGetValue(typeName, out var activity)) return activity;
        if (Dynamic().TryGetValue(typeName, out activity)) return activity;
        var definition = _definitions.FindActivityDefinition(typeName);
        return definition is null ? null : ForDefinition(definition);
    }

    /// <summary>The sources' activities by type name, read again after a change; a built-in name, or one taken by an earlier source, stays with its owner.</summary>
    private Dictionary<string, IActivity> Dynamic()
    {
        if (_sources.Length == 0) return NoActivities;
        var revision = Revision;
        if (Volatile.Read(ref _builtRevision) == revision) return Volatile.Read(ref _dynamic);
        lock (_rebuild)
        {
            revision = Revision;
            if (_builtRevision == revision) return _dynamic;
            var byType = new Dictionary<string, IActivity>(StringComparer.Ordinal);
            foreach (var source in _sources)
            {
                foreach (var activity in source.Activities)
                {
                    var typeName = activity.Descriptor.TypeName;
                    if (!_builtIn.ContainsKey(typeName)) byType.TryAdd(typeName, activity);
                }
            }
            Volatile.Write(ref _dynamic, byType);
            Volatile.Write(ref _builtRevision, revision);
            return byType;
        }
    }

    private WorkflowDefinitionActivity ForDefinition(Model.WorkflowDefinition definition) =>
        _workflowActivities.GetOrAdd(definition.Id, _ => new WorkflowDefinitionActivity(definition));
}
