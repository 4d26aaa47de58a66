using PmoFlow.Plugins.Loading;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog
{
    public async Task<PluginInfo> ReloadAsync(string pluginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        PluginGeneration? retiring = null;
        PluginSlot slot;
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            slot = _slots.GetValueOrDefault(pluginId) ?? FindFolderOf(pluginId)
                ?? throw new KeyNotFoundException($"No folder in {FolderPath} holds a plugin with id '{pluginId}'.");
            if (slot.Current is not null) retiring = ReloadCore(slot);
            else if (ReadManifest(slot) is { } manifest) LoadCore(slot, manifest);
        }
        finally
        {
            _admin.Release();
        }
        if (retiring is not null) await WaitForRetirementAsync(retiring, cancellationToken).ConfigureAwait(false);
        return Describe(slot);
    }

    /// <summary>Loads the folder as a new generation and swaps it in; returns the replaced generation, now draining.</summary>
    private PluginGeneration? ReloadCore(PluginSlot slot)
    {
        PluginManifest manifest;
        try
        {
            manifest = ManifestReader.Read(slot.Folder);
        }
        catch (PluginManifestException ex)
        {
            ReloadFailed(slot, null, ex.Message);
            return null;
        }
        if (manifest.Id != slot.Id)
        {
            ReloadFailed(slot, manifest.VersionText, $"the folder now holds plugin '{manifest.Id}': unload '{slot.Id}', then load '{manifest.Id}'");
            return null;
        }
        if ((DependencyProblem(manifest) ?? DependentsProblem(slot.Id, manifest)) is { } problem)
        {
            ReloadFailed(slot, manifest.VersionText, problem);
            return null;
        }
        try
        {
            return Swap(slot, _loader.Value.Load(manifest, NextGeneration(slot)));
        }
        catch (PluginLoadException ex)
        {
            ReloadFailed(slot, manifest.VersionText, ex.Message);
            RetireFailed(slot, ex);
            return null;
        }
    }

    private PluginGeneration Swap(PluginSlot slot, PluginGeneration fresh)
    {
        PluginGeneration old;
        var moved = 0;
        lock (slot.Sync)
        {
            old = slot.Current!;
            fresh.Contribution = ContributionOf(slot.Id, fresh);
            slot.Current = fresh;
            slot.Generations.Add(fresh);
            slot.Manifest = fresh.Manifest;
            slot.State = PluginState.Active;
            slot.Error = null;
            old.Phase = PluginVersionState.Draining;
            // A faulted version cannot serve its pinned instances; the new one is their way forward.
            if (old.Faulted || !_options.KeepPinnedVersions) moved = MovePins(slot, old, fresh);
            old.SignalIfIdle();
        }
        _logger.PluginReloaded(slot.Id, old.Version, fresh.Version, fresh.LoadDuration.TotalMilliseconds, moved);
        Publish();
        old.Retirement = StartRetirement(slot, old, verify: true);
        return old;
    }

    private void ReloadFailed(PluginSlot slot, string? version, string reason)
    {
        string running;
        lock (slot.Sync)
        {
            running = slot.Current is { } current ? $"{current.Version} keeps running" : "nothing is running";
            slot.Error = $"reload{(version is null ? "" : $" to {version}")} failed: {reason}; {running}";
        }
        _logger.ReloadFailed(slot.Id, version ?? "the new files", reason, running);
    }

    private string? DependentsProblem(string pluginId, PluginManifest manifest)
    {
        foreach (var slot in _slots.Values)
        {
            lock (slot.Sync)
            {
                var dependency = slot.Current?.Manifest.DependsOn.FirstOrDefault(d => d.Id == pluginId);
                if (dependency is not null && !dependency.Versions.Contains(manifest.Version))
                    return $"'{slot.Id}' depends on '{pluginId}' {dependency.Versions}, which {manifest.VersionText} is not";
            }
        }
        return null;
    }

    private static int MovePins(PluginSlot slot, PluginGeneration from, PluginGeneration to)
    {
        var moved = slot.Pins.Where(p => p.Value.Generation == from).ToList();
        foreach (var (instanceId, pin) in moved) slot.Pins[instanceId] = pin with { Generation = to };
        from.PinCount -= moved.Count;
        to.PinCount += moved.Count;
        return moved.Count;
    }
}
