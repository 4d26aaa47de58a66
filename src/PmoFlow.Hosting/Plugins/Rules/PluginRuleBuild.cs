using PmoFlow.Plugins.Contributions;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Hosting.Plugins.Rules;

/// <summary>One version of the plugins' rule pack, as read from the loaded plugins, and whose each file is.</summary>
/// <param name="Source">The pack's sources.</param>
/// <param name="Contributions">The plugin list it was read from (the catalog replaces the list on every change).</param>
/// <param name="Files">The plugins' files in the pack, by file name; the other files are the default pack's.</param>
/// <param name="Problems">Plugins left out because their rules cannot go in the pack (a broken header, a rule id taken).</param>
internal sealed record PluginRuleBuild(
    RulePackSource Source,
    IReadOnlyList<PluginContribution>? Contributions,
    IReadOnlyDictionary<string, PluginRuleFile> Files,
    IReadOnlyList<PluginRuleProblem> Problems);

/// <summary>A plugin's rule file in the pack.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">Its version.</param>
/// <param name="Generation">Which load of it.</param>
/// <param name="RuleId">The rule's id.</param>
/// <param name="OwnName">The file's name in the plugin (<c>benefits/incident-costs.csx</c>).</param>
internal sealed record PluginRuleFile(string PluginId, string Version, int Generation, string RuleId, string OwnName);

/// <summary>Why a plugin's rules could not be used.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">Its version.</param>
/// <param name="Generation">Which load of it.</param>
/// <param name="Error">What is wrong, naming the plugin's own file.</param>
internal sealed record PluginRuleProblem(string PluginId, string Version, int Generation, string Error);
