using PmoFlow.Hosting.Plugins.Rules;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Hosting.Plugins;

/// <summary>
/// The plugin catalog as admins use it (the admin API, <c>pmoflow plugins</c>): each change also brings the plugins'
/// rule pack in step before it answers, so a plugin whose rules do not compile is reported faulted right away.
/// </summary>
internal sealed class RuleSyncingPluginCatalog(IPluginCatalog inner, PluginRuleSync rules) : IPluginCatalog
{
    public string FolderPath => inner.FolderPath;

    public IReadOnlyList<PluginInfo> List() => inner.List();

    public PluginInfo? Find(string pluginId) => inner.Find(pluginId);

    public async Task<IReadOnlyList<PluginInfo>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await inner.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        rules.Sync(wait: true);
        return inner.List();
    }

    public Task<PluginInfo> LoadAsync(string pluginId, CancellationToken cancellationToken = default) =>
        ThenSyncAsync(pluginId, inner.LoadAsync(pluginId, cancellationToken));

    public Task<PluginInfo> UnloadAsync(string pluginId, CancellationToken cancellationToken = default) =>
        ThenSyncAsync(pluginId, inner.UnloadAsync(pluginId, cancellationToken));

    public Task<PluginInfo> ReloadAsync(string pluginId, CancellationToken cancellationToken = default) =>
        ThenSyncAsync(pluginId, inner.ReloadAsync(pluginId, cancellationToken));

    private async Task<PluginInfo> ThenSyncAsync(string pluginId, Task<PluginInfo> change)
    {
        var info = await change.ConfigureAwait(false);
        rules.Sync(wait: true);
        return inner.Find(pluginId) ?? info;
    }
}
