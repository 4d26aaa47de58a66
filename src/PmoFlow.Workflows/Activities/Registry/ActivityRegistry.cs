using System.Collections.Concurrent;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Activities.Composition;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Workflows.Activities.Registry;

internal sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<string, IActivity> _builtIn;
    private readonly IWorkflowDefinitionProvider _definitions;
    private readonly ConcurrentDictionary<string, WorkflowDefinitionActivity> _workflowActivities = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<IActivity> activities, IWorkflowDefinitionProvider definitions)
    {
        _builtIn = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!_builtIn.TryAdd(activity.Descriptor.TypeName, activity))
                throw new InvalidOperationException($"Two activities claim the type name '{activity.Descriptor.TypeName}': {_builtIn[activity.Descriptor.TypeName].GetType()} and {activity.GetType()}.");
        }
        _definitions = definitions;
    }

    public IActivity Resolve(string typeName) => Find(typeName) ?? new NotFoundActivity(typeName);

    public bool IsKnown(string typeName) => Find(typeName) is not null;

    public IReadOnlyList<ActivityDescriptor> ListDescriptors() =>
        _builtIn.Values.Select(a => a.Descriptor)
            .Concat(_definitions.ListActivityDefinitions().Select(d => ForDefinition(d).Descriptor))
            .OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.TypeName, StringComparer.Ordinal)
            .ToArray();

    private IActivity? Find(string typeName)
    {
        if (_builtIn.TryGetValue(typeName, out var activity)) return activity;
        var definition = _definitions.FindActivityDefinition(typeName);
        return definition is null ? null : ForDefinition(definition);
    }

    private WorkflowDefinitionActivity ForDefinition(Model.WorkflowDefinition definition) =>
        _workflowActivities.GetOrAdd(definition.Id, _ => new WorkflowDefinitionActivity(definition));
}
