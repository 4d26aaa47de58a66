using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog
{
    /// <summary>
    /// Brings one plugin folder in line with its files (the watcher calls it once the folder is quiet): a loaded
    /// plugin reloads, a new one loads, a removed one unloads. Does not wait for the old version to drain.
    /// </summary>
    internal async Task RefreshFolderAsync(string folder, CancellationToken cancellationToken)
    {
        folder = Path.GetFullPath(folder);
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var slot = SlotForFolder(folder);
            if (!ManifestReader.Exists(folder))
            {
                if (slot is { Current: not null }) UnloadCore(slot);
                return;
            }
            if (slot is { Current: not null }) ReloadCore(slot);
            else if (Discover(folder) is { } manifest) LoadCore(_slots[manifest.Id], manifest);
        }
        finally
        {
            _admin.Release();
        }
    }
}
