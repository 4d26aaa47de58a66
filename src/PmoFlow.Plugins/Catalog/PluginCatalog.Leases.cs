using PmoFlow.Plugins.Guard;
using PmoFlow.Plugins.Leases;
using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog : IPluginLeases
{
    public PluginLease Acquire(string pluginId, string? instanceId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        if (!_slots.TryGetValue(pluginId, out var slot)) throw new PluginUnavailableException(pluginId, $"Plugin '{pluginId}' is not loaded.");
        lock (slot.Sync)
        {
            PluginGeneration generation;
            if (instanceId is not null && slot.Pins.TryGetValue(instanceId, out var pin))
            {
                generation = pin.Generation;
                if (generation.Faulted || generation.Phase is not (PluginVersionState.Active or PluginVersionState.Draining))
                    throw new PluginUnavailableException(pluginId, $"Instance '{instanceId}' is pinned to plugin '{pluginId}' {generation.Version}, which is {Word(generation.State)}" +
                        (generation.Error is { } e ? $" ({e})" : "") + ". Repin the instance to move it to the current version.");
            }
            else
            {
                generation = slot.Current ?? throw new PluginUnavailableException(pluginId,
                    $"Plugin '{pluginId}' is not loaded: it is {Word(slot.State)}" + (slot.Error is { } e ? $" ({e})." : "."));
                if (generation.Faulted)
                    throw new PluginUnavailableException(pluginId, $"Plugin '{pluginId}' {generation.Version} faulted and takes no new work until it is reloaded: {generation.Error}");
                if (instanceId is not null)
                {
                    slot.Pins[instanceId] = new PinRecord(generation, _time.GetUtcNow());
                    generation.PinCount++;
                }
            }
            generation.Leases++;
            return new PluginLease(this, slot, generation, instanceId);
        }
    }

    public IReadOnlyList<PluginPin> ListPins()
    {
        var pins = new List<PluginPin>();
        foreach (var slot in _slots.Values)
        {
            lock (slot.Sync)
            {
                pins.AddRange(slot.Pins.Select(p => new PluginPin(p.Key, slot.Id, p.Value.Generation.Version, p.Value.Generation.Number, p.Value.PinnedAt)));
            }
        }
        return [.. pins.OrderBy(p => p.PluginId, StringComparer.Ordinal).ThenBy(p => p.InstanceId, StringComparer.Ordinal)];
    }

    public int Unpin(string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var released = 0;
        foreach (var slot in _slots.Values)
        {
            lock (slot.Sync)
            {
                if (!slot.Pins.Remove(instanceId, out var pin)) continue;
                pin.Generation.PinCount--;
                pin.Generation.SignalIfIdle();
                released++;
            }
        }
        return released;
    }

    public PluginPin Repin(string instanceId, string pluginId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (!_slots.TryGetValue(pluginId, out var slot)) throw new PluginUnavailableException(pluginId, $"Plugin '{pluginId}' is not loaded.");
        lock (slot.Sync)
        {
            var current = slot.Current;
            if (current is null || current.Faulted)
                throw new PluginUnavailableException(pluginId, $"Plugin '{pluginId}' has no working version to move instance '{instanceId}' to (it is {Word(slot.State)}).");
            if (slot.Pins.Remove(instanceId, out var old))
            {
                old.Generation.PinCount--;
                old.Generation.SignalIfIdle();
            }
            var pin = new PinRecord(current, _time.GetUtcNow());
            slot.Pins[instanceId] = pin;
            current.PinCount++;
            return new PluginPin(instanceId, pluginId, current.Version, current.Number, pin.PinnedAt);
        }
    }

    internal void Release(PluginLease lease)
    {
        lock (lease.Slot.Sync)
        {
            lease.Held.Leases--;
            lease.Held.SignalIfIdle();
        }
    }

    /// <summary>
    /// Marks the lease's version faulted with <paramref name="text"/> (plugin code threw, or failed where the host ran
    /// it) and makes the exception the caller gets.
    /// </summary>
    internal PluginFaultException MarkFaulted(PluginLease lease, string text, Exception? exception)
    {
        var slot = lease.Slot;
        var generation = lease.Held;
        bool first;
        lock (slot.Sync)
        {
            first = !generation.Faulted;
            generation.Faulted = true;
            generation.Error ??= text;
            if (first && ReferenceEquals(slot.Current, generation))
            {
                slot.State = PluginState.Faulted;
                slot.Error = text;
            }
        }
        _logger.PluginFaulted(exception, slot.Id, generation.Version, text);
        if (first) Publish();
        return new PluginFaultException(slot.Id, generation.Version, $"Plugin '{slot.Id}' {generation.Version} faulted: {text}", exception);
    }
}
