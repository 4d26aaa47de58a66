using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Whether a plugin fits this host's SDK: its manifest's <c>sdk</c> range must include the host's version, and the
/// SDK it was compiled against (<see cref="PluginMetadata.SdkVersion"/>) must have the host's major version and no
/// newer a minor one (a newer minor may use members this host lacks).
/// </summary>
internal static class SdkCompatibility
{
    public static Version Host { get; } = Parse(PluginSdk.Version);

    public static string? CheckManifest(VersionRange range) =>
        range.Contains(Host) ? null :
        $"the plugin requires SDK {range} (plugin.json \"sdk\"), but this host provides SDK {PluginSdk.Version}: use a build of the plugin made for SDK {PluginSdk.Version}";

    public static string? CheckCompiled(string? compiledAgainst)
    {
        if (!PluginVersions.TryParse(compiledAgainst, out var version, out _))
            return $"the plugin's Metadata.SdkVersion '{compiledAgainst}' is not a version; set it to PluginSdk.Version";
        if (version.Major != Host.Major || version.Minor > Host.Minor)
            return $"the plugin was built against SDK {compiledAgainst}, and this host provides SDK {PluginSdk.Version} (compatible: {Host.Major}.0 to {Host.Major}.{Host.Minor})";
        return null;
    }

    private static Version Parse(string text) =>
        PluginVersions.TryParse(text, out var version, out var error) ? version : throw new InvalidOperationException(error);
}
