namespace PmoFlow.Abstractions.Plugins;

/// <summary>Who a plugin is. The host checks it against the plugin's manifest (<c>plugin.json</c>) when it loads.</summary>
public sealed record PluginMetadata
{
    /// <summary>The plugin id, such as <c>construction-hse</c>; the same as the manifest's <c>id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name shown to admins.</summary>
    public required string Name { get; init; }

    /// <summary>The plugin version (<c>1.2.0</c>); the same as the manifest's <c>version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The industry the plugin tailors PmoFlow to, such as <c>construction</c> or <c>pharma</c>.</summary>
    public string Industry { get; init; } = "general";

    /// <summary>
    /// The SDK version the plugin was built against: always set it to <see cref="PluginSdk.Version"/>, which the
    /// compiler copies into the plugin. A literal would defeat the host's compatibility check.
    /// </summary>
    public required string SdkVersion { get; init; }

    /// <summary>What the plugin brings, in a sentence or two.</summary>
    public string? Description { get; init; }
}
