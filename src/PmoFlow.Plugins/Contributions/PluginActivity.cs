using PmoFlow.Abstractions.Activities;
using PmoFlow.Plugins.Guard;

namespace PmoFlow.Plugins.Contributions;

/// <summary>
/// The host's stand-in for a plugin activity type. Each run takes a lease for the workflow instance (so the instance
/// is pinned to one plugin version from its first run of any activity of that plugin), runs the activity of that
/// version through the guard, and releases the lease; it holds no plugin object in between.
/// </summary>
internal sealed class PluginActivity(string pluginId, ActivityDescriptor descriptor, IPluginGuard guard) : IActivity
{
    public string PluginId => pluginId;

    public ActivityDescriptor Descriptor => descriptor;

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return guard.RunAsync(pluginId, context.Workflow.InstanceId, $"activity {descriptor.TypeName}",
            lease => lease.GetActivity(descriptor.TypeName).ExecuteAsync(context), context.CancellationToken);
    }

    public ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        ArgumentNullException.ThrowIfNull(context);
        return guard.RunAsync(pluginId, context.Workflow.InstanceId, $"activity {descriptor.TypeName} (resume)",
            lease => lease.GetActivity(descriptor.TypeName).ResumeAsync(context, bookmark), context.CancellationToken);
    }
}
