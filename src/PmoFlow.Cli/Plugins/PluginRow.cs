using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Cli.Plugins;

/// <summary>A plugin as <c>pmoflow plugins</c> prints it, read from the local plugin host or the server's API.</summary>
/// <param name="Id">The plugin id.</param>
/// <param name="Name">Its display name, if known.</param>
/// <param name="Version">The version new work gets, or the one in its folder.</param>
/// <param name="Industry">The industry it serves, once loaded.</param>
/// <param name="State">Discovered, Active, Faulted, Refused, Draining, Unloaded or Stuck.</param>
/// <param name="Error">Why it is not active, when it is not.</param>
/// <param name="Versions">Its loaded versions, newest first, with their pinned instances.</param>
internal sealed record PluginRow(string Id, string? Name, string? Version, string? Industry, string State, string? Error, IReadOnlyList<PluginRowVersion> Versions)
{
    public static PluginRow From(PluginInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new PluginRow(info.Id, info.Name, info.Version, info.Industry, info.State.ToString(), info.Error,
            [.. info.Versions.Select(v => new PluginRowVersion(v.Version, v.Generation, v.State.ToString(), v.PinnedInstances))]);
    }
}

/// <summary>One loaded version of a plugin.</summary>
/// <param name="Version">The version.</param>
/// <param name="Generation">Which load of the plugin.</param>
/// <param name="State">Active, Faulted, Draining, Unloaded or Stuck.</param>
/// <param name="PinnedInstances">The workflow instances running on it.</param>
internal sealed record PluginRowVersion(string Version, int Generation, string State, IReadOnlyList<string> PinnedInstances);
