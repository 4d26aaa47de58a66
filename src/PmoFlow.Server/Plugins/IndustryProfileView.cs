using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Gates;
using PmoFlow.Hosting.Industry;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Server.Plugins;

/// <summary>
/// The industry profile in force: which plugin the baseline's industry profile selects, what it brings, and the
/// gate thresholds the rules use once the organization's own are laid over the profile's.
/// </summary>
/// <param name="IndustryProfile">The baseline's industry profile reference (a plugin id or an industry).</param>
/// <param name="Plugin">The plugin it selects, or null when none applies.</param>
/// <param name="Problem">Why no plugin applies, or which of several does.</param>
/// <param name="Industry">The profile's industry.</param>
/// <param name="DisplayName">The profile's name for people.</param>
/// <param name="Kpis">The KPIs the industry tracks, with units and good directions.</param>
/// <param name="BenefitCategories">Benefit categories in the industry's words, each counted as a standard kind.</param>
/// <param name="MandatoryControls">Controls every service must show evidence of, and before which step.</param>
/// <param name="Terminology">The industry's words for PmoFlow's terms.</param>
/// <param name="ProfileThresholds">The profile's default gate thresholds, by name.</param>
/// <param name="Thresholds">The typed gate thresholds in force (the organization's over the profile's).</param>
/// <param name="NamedThresholds">The named thresholds rules read (the configured ones over the profile's).</param>
/// <param name="ThresholdProblems">Profile thresholds that were ignored, and why.</param>
/// <param name="ReportWording">How reports word things for the industry, if the plugin changes it.</param>
internal sealed record IndustryProfileView(
    string IndustryProfile,
    IndustryPluginView? Plugin,
    string? Problem,
    string? Industry,
    string? DisplayName,
    IReadOnlyList<KpiDefinition> Kpis,
    IReadOnlyList<BenefitCategoryDefinition> BenefitCategories,
    IReadOnlyList<MandatoryControl> MandatoryControls,
    IReadOnlyDictionary<string, string> Terminology,
    IReadOnlyDictionary<string, decimal> ProfileThresholds,
    GateThresholds Thresholds,
    IReadOnlyDictionary<string, decimal> NamedThresholds,
    IReadOnlyList<string> ThresholdProblems,
    ReportWording? ReportWording)
{
    public static IndustryProfileView From(IndustrySelection selection, EffectiveThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(thresholds);
        var profile = selection.Profile;
        var plugin = selection.Plugin is { } p ? new IndustryPluginView(p.PluginId, p.Version, p.Industry, p.State) : null;
        return new IndustryProfileView(selection.Reference, plugin, selection.Problem, profile?.Industry ?? plugin?.Industry, profile?.DisplayName,
            profile?.Kpis ?? [], profile?.BenefitCategories ?? [], profile?.MandatoryControls ?? [],
            profile?.Terminology ?? new Dictionary<string, string>(), profile?.GateThresholds ?? new Dictionary<string, decimal>(),
            thresholds.Gates, thresholds.Named, thresholds.Problems, selection.Plugin?.Wording);
    }
}

/// <summary>The plugin an industry profile comes from.</summary>
/// <param name="Id">The plugin id.</param>
/// <param name="Version">Its current version.</param>
/// <param name="Industry">The industry it says it serves.</param>
/// <param name="State">Its state (always Active when selected).</param>
internal sealed record IndustryPluginView(string Id, string Version, string Industry, PluginState State);
