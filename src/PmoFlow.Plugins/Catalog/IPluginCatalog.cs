namespace PmoFlow.Plugins.Catalog;

/// <summary>
/// The plugins in the plugins folder and their lifecycle, for admins (API, CLI) and the host's start-up. Plugin
/// problems are states (<see cref="PluginState.Refused"/>, <see cref="PluginState.Faulted"/>) with their error,
/// never exceptions: one bad plugin never stops the host.
/// </summary>
public interface IPluginCatalog
{
    /// <summary>The plugins folder, resolved to a full path.</summary>
    string FolderPath { get; }

    /// <summary>Every plugin the host knows of, with state, version, error, load time and pinned instances.</summary>
    IReadOnlyList<PluginInfo> List();

    /// <summary>One plugin by id, or null when the host knows none by that id.</summary>
    PluginInfo? Find(string pluginId);

    /// <summary>
    /// Reads every plugin folder's manifest and loads each plugin not yet loaded, dependencies first. Plugins whose
    /// dependencies are missing, out of range or circular are refused with the reason.
    /// </summary>
    Task<IReadOnlyList<PluginInfo>> LoadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads one plugin, found by its manifest id in the plugins folder. Its dependencies must already be loaded.</summary>
    /// <exception cref="KeyNotFoundException">No folder holds a plugin with that id.</exception>
    Task<PluginInfo> LoadAsync(string pluginId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unloads a plugin: it takes no new work, its work in progress finishes, its services are disposed, and its load
    /// context is checked to be collected (<see cref="PluginState.Unloaded"/>) or reported as
    /// <see cref="PluginState.Stuck"/> with what is known to hold it. Instances pinned to it lose their pins.
    /// Returns when that is done or when <see cref="PluginOptions.DrainTimeout"/> passes, whichever is first.
    /// </summary>
    /// <exception cref="InvalidOperationException">A loaded plugin depends on this one.</exception>
    Task<PluginInfo> UnloadAsync(string pluginId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the plugin's folder again as a new version and swaps it in atomically: new work gets the new version;
    /// work in progress, and instances pinned to the old version, finish on the old one, which then unloads as
    /// <see cref="UnloadAsync"/> does. If the new files fail to load, the old version keeps running and the error is
    /// reported. Returns after the old version unloads or <see cref="PluginOptions.DrainTimeout"/> passes.
    /// </summary>
    Task<PluginInfo> ReloadAsync(string pluginId, CancellationToken cancellationToken = default);
}
