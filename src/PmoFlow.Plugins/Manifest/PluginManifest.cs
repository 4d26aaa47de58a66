namespace PmoFlow.Plugins.Manifest;

/// <summary>A plugin's <c>plugin.json</c>, validated.</summary>
internal sealed record PluginManifest
{
    /// <summary>The manifest's file name in every plugin folder.</summary>
    public const string FileName = "plugin.json";

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required Version Version { get; init; }

    public required VersionRange Sdk { get; init; }

    public required string EntryAssembly { get; init; }

    public string? PluginType { get; init; }

    public IReadOnlyList<PluginDependency> DependsOn { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>The plugin folder.</summary>
    public required string Folder { get; init; }

    public string FilePath => Path.Combine(Folder, FileName);

    public string EntryPath => Path.Combine(Folder, EntryAssembly);

    public string VersionText => PluginVersions.Format(Version);
}
