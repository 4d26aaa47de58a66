using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Scripting.Rules;

namespace PmoFlow.Hosting.Industry;

/// <summary>The industry profile in force, worked out afresh from the loaded plugins each time it is asked (it is cheap).</summary>
internal sealed partial class IndustryProfiles(IPluginContributions contributions, IOptions<RuleOptions> rules, ILogger<IndustryProfiles> logger) : IIndustryProfiles
{
    private readonly ConcurrentDictionary<(string PluginId, int Generation), bool> _reported = new();

    public IndustrySelection Select(string industryProfile) => IndustrySelector.Select(industryProfile, contributions.Current);

    public EffectiveThresholds Thresholds(IndustrySelection selection, GateThresholds organization)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(organization);
        var configured = rules.Value.Thresholds;
        if (selection is not { Plugin: { } plugin, Profile: { } profile }) return new EffectiveThresholds(organization, configured.AsReadOnly(), []);

        var problems = new List<string>();
        var typed = ProfileThresholds.Apply(organization, profile, problems);
        var named = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in ProfileThresholds.Named(profile)) named[name] = value;
        foreach (var (name, value) in configured) named[name] = value;
        // Once per plugin load: every evaluation comes through here.
        if (problems.Count > 0 && _reported.TryAdd((plugin.PluginId, plugin.Generation), true))
            LogThresholdsIgnored(plugin.PluginId, plugin.Version, string.Join("; ", problems));
        return new EffectiveThresholds(typed, named, problems);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Industry plugin {PluginId} {Version}: {Problems}.")]
    private partial void LogThresholdsIgnored(string pluginId, string version, string problems);
}
