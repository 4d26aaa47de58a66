using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Registry;

/// <summary>
/// The rule packs in force, asked in order (the configured folder's, then the bundled default), each with the
/// version evaluations lease. A reload swaps a pack's version atomically; evaluations in flight finish on the version
/// they leased, which unloads when its last lease ends. A version that fails to load never replaces a working one:
/// the error goes to the status and the log.
/// </summary>
internal sealed partial class RulePackRegistry : IRulePackStatus, IDisposable
{
    private readonly RulePackSlot[] _slots;
    private readonly RulePackLoader _loader;
    private readonly IOptions<RuleOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<RulePackRegistry> _logger;
    private readonly Lock _startLock = new();
    private readonly List<RuleFolderWatcher> _watchers = [];
    private volatile bool _loaded;
    private bool _disposed;

    public RulePackRegistry(IEnumerable<IRulePackProvider> providers, RulePackLoader loader, IOptions<RuleOptions> options, TimeProvider clock, ILogger<RulePackRegistry> logger)
    {
        _slots = [.. providers.Where(p => p.IsEnabled).OrderBy(p => p.Order).Select(p => new RulePackSlot(p))];
        if (_slots.GroupBy(s => s.Provider.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InvalidOperationException($"Two rule packs are called '{twice.Key}'; set {RuleOptions.SectionName}:PackName.");
        _loader = loader;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    public IReadOnlyList<RulePackStatus> Packs
    {
        get
        {
            EnsureLoaded();
            return [.. _slots.Select(s => s.Status)];
        }
    }

    /// <summary>Loads every pack the first time it is called (from the disk cache when it can); later calls return at once.</summary>
    public void EnsureLoaded()
    {
        if (_loaded) return;
        lock (_startLock)
        {
            if (_loaded) return;
            ObjectDisposedException.ThrowIf(_disposed, this);
            foreach (var slot in _slots) Load(slot);
            _loaded = true;
        }
    }

    /// <summary>Watches the packs that have a folder to watch; safe to call more than once.</summary>
    public void StartWatching()
    {
        EnsureLoaded();
        lock (_startLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_watchers.Count > 0) return;
            foreach (var slot in _slots)
            {
                if (slot.Provider.WatchFolder is not { } folder) continue;
                RuleFolderWatcher? watcher = null;
                watcher = new RuleFolderWatcher(folder, _options.Value.ReloadDelay, _clock, _logger, () =>
                {
                    if (!Load(slot)) watcher?.Nudge();
                });
                _watchers.Add(watcher);
                _logger.RuleFolderWatched(folder, slot.Provider.Name);
            }
        }
    }

    public bool Handles(string gate)
    {
        EnsureLoaded();
        foreach (var slot in _slots)
            if (slot.Current?.Handles(gate) == true) return true;
        return false;
    }

    /// <summary>Leases the version of the first pack with rules for <paramref name="gate"/>, or null when none has.</summary>
    public RulePackLease? Acquire(string gate)
    {
        EnsureLoaded();
        foreach (var slot in _slots)
        {
            while (slot.Current is { } version && version.Handles(gate))
            {
                // A version unloads only after it stopped being current, so a failed lease finds the newer one next time round.
                if (version.TryAcquire()) return new RulePackLease(version);
            }
        }
        return null;
    }

    /// <summary>Leases the active version with content hash <paramref name="hash"/>, if one is active.</summary>
    public RulePackLease? AcquireByHash(string hash)
    {
        EnsureLoaded();
        foreach (var slot in _slots)
            if (slot.Current is { } version && version.Hash == hash && version.TryAcquire()) return new RulePackLease(version);
        return null;
    }

    public RulePackStatus Reload(string pack)
    {
        EnsureLoaded();
        var slot = _slots.FirstOrDefault(s => s.Provider.Name == pack) ?? throw new KeyNotFoundException($"No rule pack is called '{pack}'.");
        Load(slot);
        return slot.Status;
    }

    public void Dispose()
    {
        lock (_startLock)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var watcher in _watchers) watcher.Dispose();
            _watchers.Clear();
            foreach (var slot in _slots) slot.Swap(null)?.Release();
        }
    }
}
