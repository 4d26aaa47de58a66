namespace PmoFlow.Plugins.Leases;

/// <summary>A plugin (or the version an instance is pinned to) cannot take work: not loaded, unloaded, faulted, or lacking what was asked.</summary>
/// <param name="pluginId">The plugin.</param>
/// <param name="message">Why, in words an admin can act on.</param>
public sealed class PluginUnavailableException(string pluginId, string message) : Exception(message)
{
    /// <summary>The plugin.</summary>
    public string PluginId { get; } = pluginId;
}
