namespace PmoFlow.Plugins.Leases;

/// <summary>
/// Work in progress holds a lease on the plugin version it runs on, so a reload or unload waits for it. A workflow
/// instance pins the version it first used: its later leases get that version, even after a reload, for as long as
/// the pin holds. The engine unpins an instance when it completes; until then the old version stays loaded (see
/// <see cref="PluginOptions.KeepPinnedVersions"/>).
/// </summary>
public interface IPluginLeases
{
    /// <summary>
    /// Takes a lease on a plugin: on the version <paramref name="instanceId"/> is pinned to, or on the current version
    /// (pinning the instance to it when an id is given). Dispose it when the work ends.
    /// </summary>
    /// <exception cref="PluginUnavailableException">The plugin, or the version the instance is pinned to, is not loaded, or faulted.</exception>
    PluginLease Acquire(string pluginId, string? instanceId = null);

    /// <summary>Every pin: which instance uses which plugin version.</summary>
    IReadOnlyList<PluginPin> ListPins();

    /// <summary>Releases an instance's pins on every plugin (it completed); returns how many it had.</summary>
    int Unpin(string instanceId);

    /// <summary>Moves an instance to the plugin's current version, for an instance whose pinned version was unloaded.</summary>
    /// <exception cref="PluginUnavailableException">The plugin has no usable current version.</exception>
    PluginPin Repin(string instanceId, string pluginId);
}
