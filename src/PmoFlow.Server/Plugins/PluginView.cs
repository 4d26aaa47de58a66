using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;

namespace PmoFlow.Server.Plugins;

/// <summary>A plugin as admins see it: what it is, where it stands, its loaded versions and the instances pinned to each.</summary>
/// <param name="Id">The plugin id (for a folder whose manifest could not be read, the folder name).</param>
/// <param name="Name">Its display name, once its manifest was read.</param>
/// <param name="Version">The version new work gets; else the version in its folder, if known.</param>
/// <param name="Industry">The industry it serves, once loaded.</param>
/// <param name="State">Discovered, Active, Faulted, Refused, Draining, Unloaded or Stuck.</param>
/// <param name="Error">Why it was refused, how it faulted, why a reload failed, or what holds it when stuck.</param>
/// <param name="Folder">Its folder.</param>
/// <param name="LoadedAt">When the current version loaded.</param>
/// <param name="LoadMilliseconds">How long the current version took to load.</param>
/// <param name="Activities">The activity types the current version brings.</param>
/// <param name="Rules">The rule files of the current version's rule pack.</param>
/// <param name="Versions">Every version still loaded or recently unloaded, newest first.</param>
internal sealed record PluginView(string Id, string? Name, string? Version, string? Industry, PluginState State, string? Error, string Folder,
    DateTimeOffset? LoadedAt, double? LoadMilliseconds, IReadOnlyList<string> Activities, IReadOnlyList<string> Rules, IReadOnlyList<PluginVersionView> Versions)
{
    public static PluginView From(PluginInfo info, IPluginContributions contributions)
    {
        ArgumentNullException.ThrowIfNull(info);
        var current = info.State is PluginState.Active or PluginState.Faulted ? contributions.Current.FirstOrDefault(c => c.PluginId == info.Id) : null;
        return new PluginView(info.Id, info.Name, info.Version, info.Industry, info.State, info.Error, info.Folder, info.LoadedAt, info.LoadDuration?.TotalMilliseconds,
            current is null ? [] : [.. current.Activities.Select(a => a.Descriptor.TypeName)],
            current is null ? [] : [.. current.Rules.Select(r => r.FileName)],
            [.. info.Versions.Select(v => new PluginVersionView(v.Version, v.Generation, v.State, v.LoadedAt, v.Leases, v.PinnedInstances, v.Error))]);
    }
}

/// <summary>One loaded version of a plugin (each load or reload is a new generation).</summary>
/// <param name="Version">The plugin version.</param>
/// <param name="Generation">Counts the plugin's loads since the server started.</param>
/// <param name="State">Active, Faulted, Draining, Unloaded or Stuck.</param>
/// <param name="LoadedAt">When it loaded.</param>
/// <param name="Leases">Pieces of work running on it now.</param>
/// <param name="PinnedInstances">The workflow instances that started on it and still run on it.</param>
/// <param name="Error">How it faulted, or what holds it when stuck.</param>
internal sealed record PluginVersionView(string Version, int Generation, PluginVersionState State, DateTimeOffset LoadedAt, int Leases, IReadOnlyList<string> PinnedInstances, string? Error);
