using PmoFlow.Abstractions.Activities;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Leases;

/// <summary>
/// Work in progress on one plugin version. While any lease is held the version stays loaded. Keep nothing obtained
/// through a lease after disposing it: a plugin object held by the host keeps the plugin from unloading.
/// </summary>
public sealed class PluginLease : IDisposable
{
    private readonly PluginCatalog _catalog;
    private int _disposed;

    internal PluginLease(PluginCatalog catalog, PluginSlot slot, PluginGeneration generation, string? instanceId)
    {
        _catalog = catalog;
        Slot = slot;
        Held = generation;
        InstanceId = instanceId;
    }

    /// <summary>The plugin.</summary>
    public string PluginId => Slot.Id;

    /// <summary>The plugin version this work runs on.</summary>
    public string Version => Held.Version;

    /// <summary>Which load of the plugin this is (see <see cref="PluginVersionInfo.Generation"/>).</summary>
    public int Generation => Held.Number;

    /// <summary>The workflow instance the lease is for, if any.</summary>
    public string? InstanceId { get; }

    /// <summary>The plugin's own service container.</summary>
    public IServiceProvider Services => Held.Services ?? throw new ObjectDisposedException($"plugin {PluginId} {Version}");

    internal PluginSlot Slot { get; }

    internal PluginGeneration Held { get; }

    /// <summary>The plugin's activity of that type, on this version.</summary>
    /// <exception cref="PluginUnavailableException">This version has no activity of that type.</exception>
    public IActivity GetActivity(string typeName) =>
        Held.Activities.TryGetValue(typeName, out var activity) ? activity
        : throw new PluginUnavailableException(PluginId, $"Plugin '{PluginId}' {Version} has no activity type '{typeName}'.");

    /// <summary>Ends the work: a reload or unload waiting for this version may go on.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _catalog.Release(this);
    }
}
