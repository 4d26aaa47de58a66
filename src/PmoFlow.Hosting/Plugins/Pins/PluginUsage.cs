using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Leases;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Hosting.Plugins.Pins;

/// <summary>Which plugins a workflow definition uses (by its activity types), and pinning an instance to their current versions.</summary>
internal sealed class PluginUsage(IPluginContributions contributions, IPluginLeases leases)
{
    private TypeMap _types = new(null, []);

    /// <summary>The ids of the plugins whose activities the definition holds, at any depth.</summary>
    public IReadOnlyList<string> PluginsOf(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var byType = TypesByPlugin();
        if (byType.Count == 0) return [];
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Visit(definition.Root);
        return [.. found];

        void Visit(ActivityModel node)
        {
            if (byType.TryGetValue(node.Type, out var pluginId)) found.Add(pluginId);
            foreach (var child in node.Children) Visit(child);
        }
    }

    /// <summary>
    /// Pins <paramref name="instanceId"/> to the current version of each plugin. A plugin that cannot take work now is
    /// skipped: its activity faults the instance with the reason when it runs.
    /// </summary>
    public void Pin(string instanceId, IEnumerable<string> pluginIds)
    {
        foreach (var pluginId in pluginIds)
        {
            try
            {
                using var lease = leases.Acquire(pluginId, instanceId);
            }
            catch (PluginUnavailableException)
            {
            }
        }
    }

    private Dictionary<string, string> TypesByPlugin()
    {
        var current = contributions.Current;
        var cached = Volatile.Read(ref _types);
        if (ReferenceEquals(cached.Source, current)) return cached.ByType;
        var byType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contribution in current)
            foreach (var activity in contribution.Activities) byType.TryAdd(activity.Descriptor.TypeName, contribution.PluginId);
        Volatile.Write(ref _types, new TypeMap(current, byType));
        return byType;
    }

    private sealed record TypeMap(IReadOnlyList<PluginContribution>? Source, Dictionary<string, string> ByType);
}
