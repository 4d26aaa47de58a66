using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Guard;
using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Catalog;

/// <summary>
/// The plugin host's state: one slot per plugin id, each with its current version and the versions still draining.
/// Admin operations (load, unload, reload, folder changes) run one at a time; leases and pins only take the slot's
/// lock, so work never waits for an admin operation, and an admin operation waits for work only after the swap.
/// Split by concern: loading, reloading and unloading, retiring a version, leases and pins, contributions.
/// </summary>
internal sealed partial class PluginCatalog : IPluginCatalog, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PluginSlot> _slots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _admin = new(1, 1);
    private readonly PluginOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lazy<PluginLoader> _loader;
    private readonly UnloadVerifier _verifier;
    private int _disposed;

    public PluginCatalog(IOptions<PluginOptions> options, TimeProvider time, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options.Value;
        _time = time;
        _logger = loggerFactory.CreateLogger<PluginCatalog>();
        _verifier = new UnloadVerifier(time);
        FolderPath = Path.GetFullPath(_options.Path, AppContext.BaseDirectory);
        Guard = new PluginGuard(this);
        // The shared set walks the SDK's references once, at the first load rather than at construction.
        _loader = new Lazy<PluginLoader>(() => new PluginLoader(
            SharedAssemblies.Create(_options.SharedAssemblies), new PluginServices(time, loggerFactory), time, _logger));
    }

    public string FolderPath { get; }

    public IPluginGuard Guard { get; }

    public IReadOnlyList<PluginInfo> List() =>
        [.. _slots.Values.Select(Describe).OrderBy(i => i.Id, StringComparer.Ordinal)];

    public PluginInfo? Find(string pluginId) => _slots.TryGetValue(pluginId, out var slot) ? Describe(slot) : null;

    // The container may dispose the catalog once per port it was resolved through; the first call does the work.
    // The admin semaphore is left to the collector: a late admin call should fail on state, not on a disposed lock.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) await UnloadAllAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private PluginInfo Describe(PluginSlot slot)
    {
        lock (slot.Sync)
        {
            NoticeLateCollections(slot);
            var current = slot.Current;
            var pins = slot.Pins.GroupBy(p => p.Value.Generation)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Key).Order(StringComparer.Ordinal)]);
            return new PluginInfo
            {
                Id = slot.Id,
                Name = slot.Manifest?.Name,
                Version = current?.Version ?? slot.Manifest?.VersionText,
                Industry = current?.Industry,
                State = slot.State,
                Error = slot.Error,
                Folder = slot.Folder,
                LoadedAt = current?.LoadedAt,
                LoadDuration = current?.LoadDuration,
                Versions = [.. Enumerable.Reverse(slot.Generations).Select(g =>
                    new PluginVersionInfo(g.Version, g.Number, g.State, g.LoadedAt, g.Leases, pins.GetValueOrDefault(g) ?? [], g.Error))],
            };
        }
    }

    // A stuck context may still be collected later (a timer finally fired, a cache let go): say so when it happens.
    private static void NoticeLateCollections(PluginSlot slot)
    {
        foreach (var generation in slot.Generations)
        {
            if (generation is { Phase: PluginVersionState.Stuck, UnloadedContext.IsAlive: false })
            {
                generation.Phase = PluginVersionState.Unloaded;
                generation.UnloadedContext = null;
                generation.Error = "unloaded late: its load context was collected after the unload timeout";
            }
        }
        if (slot is { Current: null, State: PluginState.Stuck } && slot.Generations.All(g => g.Phase != PluginVersionState.Stuck))
        {
            slot.State = PluginState.Unloaded;
            slot.Error = null;
        }
    }

    private PluginSlot? SlotForFolder(string folder) =>
        _slots.Values.FirstOrDefault(s => string.Equals(s.Folder, folder, StringComparison.Ordinal));

    private int NextGeneration(PluginSlot slot)
    {
        lock (slot.Sync) return ++slot.LastGeneration;
    }

    private static string Word(PluginState state) => state.ToString().ToLowerInvariant();

    private static string Word(PluginVersionState state) => state.ToString().ToLowerInvariant();
}
