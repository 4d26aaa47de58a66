using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>Runs a plugin activity through the host's stand-in (a lease, the plugin's own instance, the guard), as the runtime will.</summary>
internal static class ActivityRunner
{
    public static async Task<ActivityContext> RunAsync(PluginHost host, string pluginId, string typeName, IReadOnlyDictionary<string, object?> inputs)
    {
        var activity = Find(host, pluginId, typeName);
        var context = new ActivityContext(Guid.NewGuid().ToString("N"), inputs);
        try
        {
            await activity.ExecuteAsync(context);
        }
        finally
        {
            host.Leases.Unpin(context.InstanceId);
        }
        return context;
    }

    /// <summary>Resumes a suspended execution on its bookmark, carrying its state over the way the instance store does.</summary>
    public static async Task<ActivityContext> ResumeAsync(PluginHost host, string pluginId, string typeName, ActivityContext suspended,
        IReadOnlyDictionary<string, object?> inputs, System.Text.Json.Nodes.JsonObject? resumeInput = null)
    {
        var activity = Find(host, pluginId, typeName);
        var bookmark = suspended.Bookmarks[^1] with { Input = resumeInput };
        var context = new ActivityContext(suspended.InstanceId, inputs) { Properties = (System.Text.Json.Nodes.JsonObject)suspended.Properties.DeepClone() };
        try
        {
            await activity.ResumeAsync(context, bookmark);
        }
        finally
        {
            host.Leases.Unpin(context.InstanceId);
        }
        return context;
    }

    public static IActivity Find(PluginHost host, string pluginId, string typeName) =>
        host.Plugin(pluginId).Activities.SingleOrDefault(a => a.Descriptor.TypeName == typeName)
        ?? throw new InvalidOperationException($"{pluginId} has no activity {typeName}.");
}
