using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using PmoFlow.Hosting.Industry;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Hosting.Plugins.Rules;

/// <summary>
/// Builds the plugins' rule pack from the loaded plugins: every working plugin's rules, each guarded so that it runs
/// only when the evaluated baseline selects its plugin (the same choice <see cref="IndustrySelector"/> makes), plus
/// the default pack's rules for every gate a plugin rule decides. The pack is asked before the default pack, so those
/// gates run the default rules and, for the industry in force, the plugin's rules in addition; gates no plugin rule
/// names stay with the default pack. The guard is part of the pack's text, so a replay decides exactly as the engine did.
/// </summary>
internal static class PluginRuleBuilder
{
    /// <summary>The prefix of a plugin's rule files in the pack: <c>plugin.{id}.{path with dots}.csx</c> (files are flat in the rule cache).</summary>
    public const string FilePrefix = "plugin.";

    public static PluginRuleBuild Build(string packName, string origin, IReadOnlyList<PluginContribution> contributions, RulePackSource defaults)
    {
        var defaultRules = defaults.Files.Select(f => (File: f, Header: RuleHeaderParser.Parse(f).Header)).ToList();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, header) in defaultRules)
            if (header is not null) owners[header.Id] = "the default pack";

        var files = new List<RuleFile>();
        var byFile = new Dictionary<string, PluginRuleFile>(StringComparer.Ordinal);
        var problems = new List<PluginRuleProblem>();
        var gates = new HashSet<string>(StringComparer.Ordinal);
        var references = IndustrySelector.ReferencesByPlugin(contributions);
        foreach (var plugin in contributions.Where(c => c.State == PluginState.Active && c.Rules.Count > 0).OrderBy(c => c.PluginId, StringComparer.Ordinal))
        {
            var (rules, problem) = Read(plugin, owners);
            if (problem is not null)
            {
                problems.Add(new PluginRuleProblem(plugin.PluginId, plugin.Version, plugin.Generation, problem));
                continue;
            }
            var guard = Guard(plugin, references.GetValueOrDefault(plugin.PluginId) ?? [plugin.PluginId]);
            foreach (var (file, header, ownName) in rules)
            {
                owners[header.Id] = $"plugin '{plugin.PluginId}'";
                files.Add(file with { Text = file.Text.Insert(header.BodyStart, guard + LineDirective(header.BodyLine, file.Name)) });
                byFile[file.Name] = new PluginRuleFile(plugin.PluginId, plugin.Version, plugin.Generation, header.Id, ownName);
                gates.UnionWith(header.Gates);
            }
        }
        files.AddRange(defaultRules.Where(d => d.Header is not null && d.Header.Gates.Any(gates.Contains)).Select(d => d.File));
        return new PluginRuleBuild(new RulePackSource(packName, origin, files), contributions, byFile, problems);
    }

    private static (List<(RuleFile File, RuleHeader Header, string OwnName)> Rules, string? Problem) Read(PluginContribution plugin, Dictionary<string, string> owners)
    {
        var rules = new List<(RuleFile, RuleHeader, string)>();
        foreach (var source in plugin.Rules)
        {
            var file = new RuleFile(FileName(plugin.PluginId, source.FileName), source.Content);
            var (header, errors) = RuleHeaderParser.Parse(file);
            if (header is null)
                return (rules, $"rules/{source.FileName}: {string.Join("; ", errors.Where(e => e.IsError).Select(e => $"({e.Line},{e.Column}) {e.Message}"))}");
            if (owners.TryGetValue(header.Id, out var owner) || rules.Any(r => r.Item2.Id == header.Id))
                return (rules, $"rules/{source.FileName}: rule id '{header.Id}' is already used by {owner ?? "another of the plugin's rules"}; give the rule an id of its own");
            rules.Add((file, header, source.FileName));
        }
        return (rules, null);
    }

    private static string FileName(string pluginId, string ownName) => FilePrefix + pluginId + "." + ownName.Replace('/', '.').Replace('\\', '.');

    /// <summary>A first body line that ends the rule at once unless the baseline selects the plugin.</summary>
    private static string Guard(PluginContribution plugin, IReadOnlyList<string> references)
    {
        var tests = references.Select(r => $"string.Equals(Baseline.IndustryProfile, {SymbolDisplay.FormatLiteral(r, quote: true)}, StringComparison.OrdinalIgnoreCase)");
        return $"if (!({string.Join(" || ", tests)})) return; // plugin {plugin.PluginId} {plugin.Version}: applies when the baseline selects it\n";
    }

    // The guard took the body's first line: give the rule's own lines their numbers back for errors and stack traces.
    private static string LineDirective(int line, string file) =>
        $"#line {line.ToString(CultureInfo.InvariantCulture)} {SymbolDisplay.FormatLiteral(file, quote: true)}\n";
}
