namespace PmoFlow.Plugins.Leases;

/// <summary>A workflow instance pinned to the plugin version it started with.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">The plugin version the instance uses.</param>
/// <param name="Generation">Which load of that plugin (see <see cref="Catalog.PluginVersionInfo.Generation"/>).</param>
/// <param name="PinnedAt">When the instance first used the plugin.</param>
public sealed record PluginPin(string InstanceId, string PluginId, string Version, int Generation, DateTimeOffset PinnedAt);
