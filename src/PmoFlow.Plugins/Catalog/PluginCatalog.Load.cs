using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Loading;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog
{
    public async Task<IReadOnlyList<PluginInfo>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(FolderPath);
            var manifests = new List<PluginManifest>();
            foreach (var folder in Directory.EnumerateDirectories(FolderPath).Order(StringComparer.Ordinal))
            {
                if (SlotForFolder(folder) is { Current: not null }) continue;
                if (Discover(folder) is { } manifest) manifests.Add(manifest);
            }
            var plan = LoadOrder.Create(manifests, ActiveVersions());
            foreach (var (id, reason) in plan.Refused) Refuse(_slots[id], reason);
            foreach (var manifest in plan.Order) LoadCore(_slots[manifest.Id], manifest);
        }
        finally
        {
            _admin.Release();
        }
        var all = List();
        _logger.PluginsLoaded(all.Count(p => p.State == PluginState.Active), all.Count, FolderPath);
        return all;
    }

    public async Task<PluginInfo> LoadAsync(string pluginId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        PluginGeneration? retiring = null;
        PluginSlot slot;
        await _admin.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            slot = _slots.GetValueOrDefault(pluginId) ?? FindFolderOf(pluginId)
                ?? throw new KeyNotFoundException($"No folder in {FolderPath} holds a plugin with id '{pluginId}'.");
            if (slot.Current is { Faulted: false }) return Describe(slot);
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

    /// <summary>Reads a folder's manifest and makes sure a slot exists for it; an invalid manifest refuses the folder.</summary>
    private PluginManifest? Discover(string folder)
    {
        if (!ManifestReader.Exists(folder))
        {
            _logger.NotAPluginFolder(folder);
            return null;
        }
        try
        {
            var manifest = ManifestReader.Read(folder);
            var slot = _slots.GetOrAdd(manifest.Id, id => new PluginSlot(id, folder));
            if (!string.Equals(slot.Folder, folder, StringComparison.Ordinal))
            {
                Refuse(PlaceholderFor(folder), $"id '{manifest.Id}' is already used by the plugin in {slot.Folder}");
                return null;
            }
            // The folder may have been known under another id while its manifest was broken.
            foreach (var stale in _slots.Values.Where(s => s != slot && s.Folder == folder && s.Current is null).ToList()) _slots.TryRemove(stale.Id, out _);
            lock (slot.Sync) slot.Manifest = manifest;
            return manifest;
        }
        catch (PluginManifestException ex)
        {
            Refuse(SlotForFolder(folder) ?? PlaceholderFor(folder), ex.Message);
            return null;
        }
    }

    private PluginSlot PlaceholderFor(string folder) => _slots.GetOrAdd(Path.GetFileName(folder), id => new PluginSlot(id, folder));

    private PluginSlot? FindFolderOf(string pluginId)
    {
        if (!Directory.Exists(FolderPath)) return null;
        foreach (var folder in Directory.EnumerateDirectories(FolderPath).Order(StringComparer.Ordinal))
        {
            if (SlotForFolder(folder) is not null) continue;
            if (Discover(folder) is { } manifest && manifest.Id == pluginId) return _slots[pluginId];
        }
        return null;
    }

    private PluginManifest? ReadManifest(PluginSlot slot)
    {
        try
        {
            var manifest = ManifestReader.Read(slot.Folder);
            lock (slot.Sync) slot.Manifest = manifest;
            return manifest;
        }
        catch (PluginManifestException ex)
        {
            Refuse(slot, ex.Message);
            return null;
        }
    }

    private void LoadCore(PluginSlot slot, PluginManifest manifest)
    {
        if (DependencyProblem(manifest) is { } problem)
        {
            Refuse(slot, problem);
            return;
        }
        try
        {
            Install(slot, _loader.Value.Load(manifest, NextGeneration(slot)));
        }
        catch (PluginLoadException ex)
        {
            lock (slot.Sync)
            {
                slot.State = ex.State;
                slot.Error = ex.Message;
            }
            LogFailure(slot.Id, manifest.VersionText, ex);
            RetireFailed(slot, ex);
        }
    }

    private void Install(PluginSlot slot, PluginGeneration generation)
    {
        lock (slot.Sync)
        {
            generation.Contribution = ContributionOf(slot.Id, generation);
            slot.Current = generation;
            slot.Generations.Add(generation);
            slot.Manifest = generation.Manifest;
            slot.State = PluginState.Active;
            slot.Error = null;
        }
        _logger.PluginLoaded(slot.Id, generation.Version, generation.LoadDuration.TotalMilliseconds, generation.Descriptors.Count, generation.Rules.Count, slot.Folder);
        Publish();
    }

    private PluginContribution ContributionOf(string pluginId, PluginGeneration generation) =>
        new(pluginId, generation.Version, generation.Industry, PluginState.Active,
            [.. generation.Descriptors.Select(d => new PluginActivity(pluginId, d, Guard))], generation.Profile, generation.Wording, generation.Rules)
        {
            Generation = generation.Number,
        };

    private void Refuse(PluginSlot slot, string reason)
    {
        lock (slot.Sync)
        {
            if (slot.Current is null) slot.State = PluginState.Refused;
            slot.Error = reason;
        }
        _logger.PluginRefused(slot.Id, slot.Folder, reason);
    }

    private void LogFailure(string pluginId, string version, PluginLoadException ex)
    {
        if (ex.State == PluginState.Refused) _logger.PluginRefused(pluginId, version, ex.Message);
        else _logger.PluginLoadFaulted(pluginId, version, ex.Message);
    }

    private string? DependencyProblem(PluginManifest manifest)
    {
        foreach (var dependency in manifest.DependsOn)
        {
            if (!_slots.TryGetValue(dependency.Id, out var other)) return $"depends on '{dependency.Id}' {dependency.Versions}, which is not installed";
            lock (other.Sync)
            {
                var current = other.Current;
                if (current is null) return $"depends on '{dependency.Id}', which is {Word(other.State)}" + (other.Error is { } e ? $" ({e})" : "");
                if (current.Faulted) return $"depends on '{dependency.Id}', which faulted ({current.Error})";
                if (!dependency.Versions.Contains(current.Manifest.Version))
                    return $"depends on '{dependency.Id}' {dependency.Versions}, but '{dependency.Id}' {current.Version} is loaded";
            }
        }
        return null;
    }

    private Dictionary<string, Version> ActiveVersions()
    {
        var active = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (var slot in _slots.Values)
        {
            lock (slot.Sync)
            {
                if (slot.Current is { Faulted: false } current) active[slot.Id] = current.Manifest.Version;
            }
        }
        return active;
    }
}
