using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Watching;

/// <summary>
/// Watches the plugins folder and refreshes a plugin folder once it has been quiet for the debounce time: copying a
/// build writes many files, and a reload halfway through would load a mix. Each folder has its own timer, so a
/// change to one plugin never delays another.
/// </summary>
internal sealed class PluginFolderWatcher(PluginCatalog catalog, IOptions<PluginOptions> options, TimeProvider time, ILogger<PluginFolderWatcher> logger) : IDisposable
{
    private readonly Dictionary<string, ITimer> _pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;

    /// <summary>The refresh in flight, if any, so tests and shutdown can wait for it.</summary>
    internal Task Refreshing { get; private set; } = Task.CompletedTask;

    public void Start()
    {
        Directory.CreateDirectory(catalog.FolderPath);
        _watcher = new FileSystemWatcher(catalog.FolderPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnChanged;
        _watcher.Changed += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        logger.WatchStarted(catalog.FolderPath, options.Value.WatchDebounce);
    }

    public void Dispose()
    {
        // The hosted service disposes it at stop, and the container again at its own disposal.
        if (_stopping.IsCancellationRequested) return;
        _watcher?.Dispose();
        _stopping.Cancel();
        lock (_pending)
        {
            foreach (var timer in _pending.Values) timer.Dispose();
            _pending.Clear();
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Schedule(PluginFolderOf(e.FullPath));

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Schedule(PluginFolderOf(e.OldFullPath));
        Schedule(PluginFolderOf(e.FullPath));
    }

    // Events were lost (the OS buffer overflowed): look at every folder again.
    private void OnError(object sender, ErrorEventArgs e)
    {
        logger.WatchFailed(e.GetException());
        foreach (var folder in Directory.EnumerateDirectories(catalog.FolderPath)) Schedule(folder);
        foreach (var known in catalog.List()) Schedule(known.Folder);
    }

    /// <summary>The top-level folder under the plugins folder that a changed path belongs to.</summary>
    private string? PluginFolderOf(string path)
    {
        var relative = Path.GetRelativePath(catalog.FolderPath, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return Path.Combine(catalog.FolderPath, first);
    }

    private void Schedule(string? folder)
    {
        if (folder is null || _stopping.IsCancellationRequested) return;
        lock (_pending)
        {
            if (_pending.TryGetValue(folder, out var timer))
            {
                timer.Change(options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
                return;
            }
            _pending[folder] = time.CreateTimer(_ => Fire(folder), null, options.Value.WatchDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(string folder)
    {
        lock (_pending)
        {
            if (!_pending.Remove(folder, out var timer)) return;
            timer.Dispose();
            // One refresh after another: the catalog serializes them anyway, and this keeps their order.
            Refreshing = Refreshing.ContinueWith(_ => RefreshAsync(folder), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task RefreshAsync(string folder)
    {
        try
        {
            logger.FolderChanged(folder);
            await catalog.RefreshFolderAsync(folder, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.RefreshFailed(ex, folder);
        }
    }
}
