using Microsoft.Extensions.Logging;
using PmoFlow.Hosting.Engine;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Plugins.Pins;

/// <summary>
/// After a restart, pins the instances still running or waiting to the current versions of the plugins their
/// definitions use, so the admin API shows them and a reload keeps them on the version they run on. Instances are
/// read only when some stored definition uses a plugin activity.
/// </summary>
internal sealed partial class PluginPinRestorer(PluginUsage usage, IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances, ILogger<PluginPinRestorer> logger)
    : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var byVersion = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var definition in definitions.List(VersionOptions.Latest))
        {
            foreach (var version in definitions.ListVersions(definition.DefinitionId))
                if (usage.PluginsOf(version) is { Count: > 0 } plugins) byVersion[version.Id] = plugins;
        }
        if (byVersion.Count == 0) return;

        var pinned = 0;
        foreach (var state in await instances.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (state.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended) || !byVersion.TryGetValue(state.DefinitionVersionId, out var plugins)) continue;
            usage.Pin(state.InstanceId, plugins);
            pinned++;
        }
        LogRestored(pinned, byVersion.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinned {Instances} running instance(s) of {Versions} definition version(s) with plugin activities to the plugins loaded now.")]
    private partial void LogRestored(int instances, int versions);
}
