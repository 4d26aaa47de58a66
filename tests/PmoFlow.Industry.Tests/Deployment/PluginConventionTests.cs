using System.Text.RegularExpressions;
using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.Deployment;

/// <summary>
/// What the three plugins promise each other's readers: every KPI a rule reads is in the plugin's catalogue, every
/// threshold it reads has a profile default, every rule has stored test cases, every activity is described.
/// </summary>
[Collection(PluginHostCollection.Name)]
public sealed partial class PluginConventionTests(PluginHost host)
{
    public static TheoryData<string> Plugins => new(IndustryPlugins.All);

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Rules_ReadOnlyKpisOfTheCatalogue(string pluginId)
    {
        var plugin = host.Plugin(pluginId);
        var catalogue = plugin.Profile!.Kpis.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(plugin.Rules);
        foreach (var rule in plugin.Rules)
        {
            foreach (Match kpi in KpiRead().Matches(rule.Content))
                Assert.True(catalogue.Contains(kpi.Groups[1].Value), $"{rule.Id} reads KPI '{kpi.Groups[1].Value}', which {pluginId}'s catalogue lacks.");
        }
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Rules_ReadOnlyThresholdsTheProfileDefaults(string pluginId)
    {
        var plugin = host.Plugin(pluginId);
        var read = plugin.Rules.SelectMany(r => ThresholdRead().Matches(r.Content).Select(m => (Rule: r.Id, Name: m.Groups[1].Value))).ToList();

        Assert.NotEmpty(read);
        Assert.All(read, r => Assert.True(plugin.Profile!.GateThresholds.ContainsKey(r.Name), $"{r.Rule} reads threshold '{r.Name}', which has no default in {pluginId}'s profile."));
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Rules_EachHasStoredTestCases(string pluginId)
    {
        var project = Path.Combine(IndustryPlugins.RepositoryRoot, "plugins", ProjectFolder(pluginId));

        Assert.All(host.Plugin(pluginId).Rules, rule =>
        {
            var cases = Path.Combine(project, "rules", "tests", Path.ChangeExtension(rule.FileName, ".json"));
            Assert.True(File.Exists(cases), $"{rule.Id} has no test cases at {cases}.");
        });
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void Activities_AreDescribedForThePalette(string pluginId)
    {
        var activities = host.Plugin(pluginId).Activities;

        Assert.NotEmpty(activities);
        Assert.All(activities.Select(a => a.Descriptor), d =>
        {
            Assert.Equal($"{d.Namespace}.{d.Name}", d.TypeName);
            Assert.False(string.IsNullOrWhiteSpace(d.DisplayName), d.TypeName);
            Assert.False(string.IsNullOrWhiteSpace(d.Description), d.TypeName);
            Assert.True(d.IsBrowsable, d.TypeName);
            Assert.All(d.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Description), $"{d.TypeName}.{i.Name}"));
            Assert.True(d.Ports.Count >= 2, $"{d.TypeName} routes the flow, so it has more than one port.");
            Assert.Equal(d.Inputs.Count, d.Inputs.Select(i => i.Order).Distinct().Count());
        });
    }

    private static string ProjectFolder(string pluginId) => pluginId switch
    {
        IndustryPlugins.Pharma => "PmoFlow.Industry.Pharma",
        IndustryPlugins.Construction => "PmoFlow.Industry.Construction",
        IndustryPlugins.FinancialServices => "PmoFlow.Industry.FinancialServices",
        _ => throw new ArgumentOutOfRangeException(nameof(pluginId), pluginId, null),
    };

    [GeneratedRegex("""Kpi\("([^"]+)"\)""")]
    private static partial Regex KpiRead();

    [GeneratedRegex("""Thresholds\["([^"]+)"\]""")]
    private static partial Regex ThresholdRead();
}
