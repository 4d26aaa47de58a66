namespace PmoFlow.Abstractions.Plugins;

/// <summary>The version of the plugin SDK: the contract in this assembly that plugins compile against.</summary>
public static class PluginSdk
{
    /// <summary>
    /// The SDK version, <c>major.minor</c>. A plugin sets <see cref="PluginMetadata.SdkVersion"/> to this constant; the
    /// compiler copies the value into the plugin's own assembly, so the host learns which SDK the plugin was built
    /// against. The host loads plugins built for its major version and the same or an older minor version; the major
    /// version changes only with a change that breaks plugins.
    /// </summary>
    public const string Version = "1.0";
}
