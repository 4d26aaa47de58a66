using PmoFlow.Core.Gates;

namespace PmoFlow.Hosting.Industry;

/// <summary>
/// The industry profile in force: the organizational baseline's industry profile reference (a plugin id or an
/// industry, <c>general</c> by default) selects a loaded plugin, whose profile brings KPIs, benefit categories,
/// terminology, default gate thresholds and, through the plugins' rule pack, extra gate rules.
/// </summary>
public interface IIndustryProfiles
{
    /// <summary>The plugin <paramref name="industryProfile"/> selects among the loaded plugins, or why none applies.</summary>
    IndustrySelection Select(string industryProfile);

    /// <summary>
    /// The thresholds gates use under <paramref name="selection"/>: the organization's, with the profile's defaults
    /// where the organization kept PmoFlow's own (a typed threshold equal to PmoFlow's default counts as not set by
    /// the organization), and the profile's named thresholds under the configured ones.
    /// </summary>
    EffectiveThresholds Thresholds(IndustrySelection selection, GateThresholds organization);
}
