using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Watching;

/// <summary>
/// Loads the plugins when the host starts (before the engine runs, so their activities are there for the first
/// workflow), watches the folder if asked, and unloads every plugin when the host stops, disposing their services.
/// </summary>
internal sealed class PluginHostedService(PluginCatalog catalog, PluginFolderWatcher watcher, IOptions<PluginOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.LoadOnStart) await catalog.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        if (options.Value.Watch) watcher.Start();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        watcher.Dispose();
        await catalog.UnloadAllAsync(cancellationToken).ConfigureAwait(false);
    }
}
