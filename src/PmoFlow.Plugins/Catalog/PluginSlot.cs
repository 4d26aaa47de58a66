using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Catalog;

/// <summary>
/// Everything the host knows about one plugin id: its folder, state, current version, the versions still draining,
/// and the instances pinned to them. Leases and pins take <see cref="Sync"/>; admin operations are serialized by the
/// catalog and take it for each change.
/// </summary>
internal sealed class PluginSlot(string id, string folder)
{
    private const int RetiredVersionsKept = 3;

    public Lock Sync { get; } = new();

    public string Id { get; } = id;

    public string Folder { get; } = folder;

    public PluginManifest? Manifest { get; set; }

    public PluginState State { get; set; } = PluginState.Discovered;

    public string? Error { get; set; }

    public PluginGeneration? Current { get; set; }

    /// <summary>Every generation still loaded and a few retired ones, oldest first.</summary>
    public List<PluginGeneration> Generations { get; } = [];

    public Dictionary<string, PinRecord> Pins { get; } = new(StringComparer.Ordinal);

    public int LastGeneration { get; set; }

    public void TrimRetired()
    {
        var retired = Generations.Where(g => g.Phase == PluginVersionState.Unloaded).ToList();
        foreach (var old in retired.Take(Math.Max(0, retired.Count - RetiredVersionsKept))) Generations.Remove(old);
    }
}

/// <summary>An instance's pin on a generation.</summary>
internal sealed record PinRecord(PluginGeneration Generation, DateTimeOffset PinnedAt);
