namespace PmoFlow.Plugins.Catalog;

/// <summary>One plugin as admins see it.</summary>
public sealed record PluginInfo
{
    /// <summary>The plugin id (for a folder whose manifest could not be read, the folder name).</summary>
    public required string Id { get; init; }

    /// <summary>The plugin's display name, once its manifest was read.</summary>
    public string? Name { get; init; }

    /// <summary>The version new work gets, when one is loaded; otherwise the version in the folder, if known.</summary>
    public string? Version { get; init; }

    /// <summary>The industry the plugin serves, once it loaded.</summary>
    public string? Industry { get; init; }

    /// <summary>Where the plugin is in its lifecycle.</summary>
    public required PluginState State { get; init; }

    /// <summary>Why it was refused, how it faulted, why a reload failed, or what holds it when stuck.</summary>
    public string? Error { get; init; }

    /// <summary>The plugin's folder.</summary>
    public required string Folder { get; init; }

    /// <summary>When the current version loaded.</summary>
    public DateTimeOffset? LoadedAt { get; init; }

    /// <summary>How long the current version took to load.</summary>
    public TimeSpan? LoadDuration { get; init; }

    /// <summary>Every version still loaded or recently unloaded, newest first, with its leases and pinned instances.</summary>
    public IReadOnlyList<PluginVersionInfo> Versions { get; init; } = [];
}
