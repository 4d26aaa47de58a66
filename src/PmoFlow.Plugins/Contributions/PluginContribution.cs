using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Contributions;

/// <summary>
/// What one plugin version brings. Everything here is the host's: copies of the plugin's data, and activities that
/// are guarded stand-ins which take a lease (pinning the workflow instance) for every run, so holding them never
/// keeps a plugin from unloading and always runs the version the instance is pinned to.
/// </summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">The plugin version.</param>
/// <param name="Industry">The industry the plugin serves.</param>
/// <param name="State">The plugin's state (<see cref="PluginState.Faulted"/> plugins stay listed, and their activities fail with the fault).</param>
/// <param name="Activities">The plugin's activities, for the designer palette and the runtime.</param>
/// <param name="Profile">The plugin's industry profile, if any.</param>
/// <param name="Wording">The plugin's report wording, if any.</param>
/// <param name="Rules">The plugin's rule pack: its embedded <c>.csx</c> files, by path.</param>
public sealed record PluginContribution(
    string PluginId,
    string Version,
    string Industry,
    PluginState State,
    IReadOnlyList<IActivity> Activities,
    IndustryProfile? Profile,
    ReportWording? Wording,
    IReadOnlyList<PluginRuleSource> Rules)
{
    /// <summary>Which load of the plugin this is (see <see cref="PluginVersionInfo.Generation"/>): a reload of the same version is a new generation.</summary>
    public int Generation { get; init; }
}
