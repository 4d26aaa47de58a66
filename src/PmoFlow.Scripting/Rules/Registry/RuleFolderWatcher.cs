using Microsoft.Extensions.Logging;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>
/// Watches a rule folder and calls back once it has been quiet for the reload delay: an editor's save is several
/// writes (truncate, write, rename), and the pack should reload once, on the finished file.
/// </summary>
internal sealed class RuleFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _timer;
    private readonly TimeSpan _delay;
    private readonly string _folder;
    private readonly ILogger _logger;

    public RuleFolderWatcher(string folder, TimeSpan delay, TimeProvider clock, ILogger logger, Action changed)
    {
        _folder = folder;
        _delay = delay;
        _logger = logger;
        _timer = clock.CreateTimer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        // Every file, not "*.csx": a rename from an editor's temporary name must be seen whatever the filter matches.
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += (_, e) => { if (IsRule(e.Name) || IsRule(e.OldName)) Nudge(); };
        _watcher.Error += (_, e) =>
        {
            _logger.RuleWatcherFailed(_folder, e.GetException().Message);
            Nudge();
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Starts (or restarts) the quiet period; the callback runs when it ends.</summary>
    public void Nudge() => _timer.Change(_delay, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (IsRule(e.Name)) Nudge();
    }

    private static bool IsRule(string? name) => name is not null && name.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
}
