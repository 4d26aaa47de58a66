using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Tests.Support;

/// <summary>
/// Runs plugin activities the way the runtime will: through the host's stand-ins from the contributions. Only
/// strings come back: a test that kept a plugin object (or a plugin's exception) would keep the plugin loaded.
/// </summary>
internal static class Run
{
    public const string Good = "fixture-good";

    public static async Task<string> GreetAsync(PluginCatalog catalog, string instanceId, string name = "Ada", bool unpin = true)
    {
        var outputs = await ActivityAsync(catalog, Good, "Fixture.Echo", instanceId, new Dictionary<string, object?> { ["Name"] = name });
        if (unpin) catalog.Unpin(instanceId);
        return outputs["Greeting"]!;
    }

    public static async Task<Dictionary<string, string?>> ActivityAsync(PluginCatalog catalog, string pluginId, string typeName, string instanceId, IReadOnlyDictionary<string, object?>? inputs = null)
    {
        var activity = catalog.Current.Single(c => c.PluginId == pluginId).Activities.Single(a => a.Descriptor.TypeName == typeName);
        var context = new TestActivityContext(instanceId, inputs);
        await activity.ExecuteAsync(context);
        return context.Outputs.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString());
    }

    /// <summary>The exception an action throws, as "Type: message".</summary>
    public static async Task<string> FailureAsync(Func<Task> action)
    {
        try
        {
            await action();
            return "no exception";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>Collects garbage until the plugin's state shows its context went away (a late collection).</summary>
    public static async Task<PluginInfo> CollectUntilAsync(PluginCatalog catalog, string pluginId, PluginState state, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var info = catalog.Find(pluginId)!;
            if (info.State == state) return info;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {pluginId} to be {state}: {TestCatalog.Describe(info)}");
            await Task.Delay(50);
        }
    }
}
