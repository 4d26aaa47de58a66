using PmoFlow.Plugins.Leases;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Plugins.Pins;

/// <summary>
/// Pins each workflow instance to the plugin versions it starts with, and lets them go when it ends. An instance
/// of a definition with plugin activities is pinned as it starts (before its first plugin activity runs, so a reload
/// in between cannot change its version); a plugin activity reached another way (a child workflow used as an
/// activity) pins on its first run. When the instance finishes, faults or is cancelled its pins are released, so the
/// versions it kept loaded can drain and unload.
/// </summary>
internal sealed class PluginPinningRuntime(IWorkflowRuntime inner, PluginUsage usage, IPluginLeases leases) : IWorkflowRuntime
{
    public async Task<WorkflowInstanceState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var plugins = usage.PluginsOf(definition);
        if (plugins.Count > 0)
        {
            options ??= new StartWorkflowOptions();
            if (options.InstanceId is null) options = options with { InstanceId = Guid.NewGuid().ToString("N") };
            usage.Pin(options.InstanceId!, plugins);
        }

        WorkflowInstanceState state;
        try
        {
            state = await inner.StartAsync(definition, options, cancellationToken).ConfigureAwait(false);
        }
        catch when (options?.InstanceId is not null && plugins.Count > 0)
        {
            leases.Unpin(options.InstanceId);
            throw;
        }
        ReleaseIfEnded(state);
        return state;
    }

    public async Task<WorkflowInstanceState> ResumeAsync(WorkflowInstanceState state, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, TextWriter? output = null,
        CancellationToken cancellationToken = default)
    {
        var resumed = await inner.ResumeAsync(state, bookmarkId, input, output, cancellationToken).ConfigureAwait(false);
        ReleaseIfEnded(resumed);
        return resumed;
    }

    private void ReleaseIfEnded(WorkflowInstanceState state)
    {
        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted or WorkflowStatus.Cancelled) leases.Unpin(state.InstanceId);
    }
}
