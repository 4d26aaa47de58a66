using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog
{
    public async Task<PluginInfo> UnloadAsync(string pluginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        PluginGeneration? retiring;
        PluginSlot slot;
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            slot = _slots.GetValueOrDefault(pluginId) ?? throw new KeyNotFoundException($"The host knows no plugin with id '{pluginId}'.");
            retiring = UnloadCore(slot);
        }
        finally
        {
            _admin.Release();
        }
        if (retiring is not null) await WaitForRetirementAsync(retiring, cancellationToken).ConfigureAwait(false);
        return Describe(slot);
    }

    /// <summary>Unloads every plugin without checking collection: the host is stopping. Services are still disposed.</summary>
    internal async Task UnloadAllAsync(CancellationToken cancellationToken)
    {
        var retiring = new List<Task>();
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var slot in _slots.Values) retiring.AddRange(Drain(slot, verify: false));
        }
        finally
        {
            _admin.Release();
        }
        Publish();
        try
        {
            await Task.WhenAll(retiring).WaitAsync(_options.DrainTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.ShutdownDrainTimedOut(_options.DrainTimeout.TotalSeconds);
        }
    }

    private PluginGeneration? UnloadCore(PluginSlot slot)
    {
        var dependents = _slots.Values.Where(s => s.Current?.Manifest.DependsOn.Any(d => d.Id == slot.Id) == true).Select(s => $"'{s.Id}'").ToList();
        if (dependents.Count > 0)
            throw new InvalidOperationException(dependents.Count == 1
                ? $"Cannot unload '{slot.Id}': {dependents[0]} depends on it. Unload it first."
                : $"Cannot unload '{slot.Id}': {string.Join(", ", dependents)} depend on it. Unload them first.");
        var current = slot.Current;
        if (current is null) return null;
        Drain(slot, verify: true);
        Publish();
        return current;
    }

    /// <summary>Stops new work on every loaded version of the plugin, drops its pins, and starts retiring each version.</summary>
    private List<Task> Drain(PluginSlot slot, bool verify)
    {
        var started = new List<Task>();
        var dropped = 0;
        var leases = 0;
        string? version;
        lock (slot.Sync)
        {
            version = slot.Current?.Version;
            if (slot.Current is not null) slot.State = PluginState.Draining;
            slot.Current = null;
            slot.Error = null;
            dropped = slot.Pins.Count;
            foreach (var (_, pin) in slot.Pins) pin.Generation.PinCount--;
            slot.Pins.Clear();
            foreach (var generation in slot.Generations.Where(g => g.Phase is PluginVersionState.Active or PluginVersionState.Draining))
            {
                generation.Phase = PluginVersionState.Draining;
                generation.IgnorePins = true;
                leases += generation.Leases;
                generation.SignalIfIdle();
                generation.Retirement ??= StartRetirement(slot, generation, verify);
                started.Add(generation.Retirement);
            }
        }
        if (version is not null) _logger.PluginUnloading(slot.Id, version, leases, dropped);
        return started;
    }

    private async Task WaitForRetirementAsync(PluginGeneration generation, CancellationToken cancellationToken)
    {
        try
        {
            // Draining is bounded by DrainTimeout; once drained, disposal and the collection check get their own time.
            await generation.Idle.Task.WaitAsync(_options.DrainTimeout, _time, cancellationToken).ConfigureAwait(false);
            await generation.Retirement!.WaitAsync(_options.UnloadTimeout + _options.DrainTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Still draining: the retirement goes on and the catalog reports the version as Draining until it ends.
        }
    }

    private void RetireFailed(PluginSlot slot, PluginLoadException ex)
    {
        if (ex.Generation is not { } generation) return;
        lock (slot.Sync)
        {
            generation.Phase = PluginVersionState.Draining;
            generation.Faulted = ex.State == PluginState.Faulted;
            generation.Error = ex.Message;
            generation.IgnorePins = true;
            slot.Generations.Add(generation);
            generation.SignalIfIdle();
            generation.Retirement = StartRetirement(slot, generation, verify: true);
        }
    }
}
