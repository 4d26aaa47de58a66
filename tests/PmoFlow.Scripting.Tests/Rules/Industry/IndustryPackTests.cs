using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Industry;

/// <summary>
/// The industry plugins' rule packs (plugins/*/rules) against the test cases stored beside them, run the way the
/// default pack's are. The plugins' own tests (tests/PmoFlow.Industry.Tests) load the same rules from the built plugins.
/// </summary>
public sealed class IndustryPackTests
{
    public static TheoryData<string> Packs => new(PackFolders);

    private static string[] PackFolders => [.. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "plugins"))
        .Where(d => Directory.Exists(Path.Combine(d, "rules"))).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Packs_AllThreeIndustryPluginsHaveOne() =>
        Assert.Subset(PackFolders.ToHashSet(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal) { "PmoFlow.Industry.Construction", "PmoFlow.Industry.FinancialServices", "PmoFlow.Industry.Pharma" });

    [Theory]
    [MemberData(nameof(Packs))]
    public void RunFolder_IndustryPack_EveryStoredCasePasses(string plugin)
    {
        using var engine = new RuleEngine();

        var report = engine.Tests.RunFolder(Path.Combine(RepoPaths.Root, "plugins", plugin, "rules"), plugin.ToLowerInvariant());

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Select(d => d.ToString())
            .Concat(report.Results.Where(r => !r.Passed).Select(r => $"{r.File} / {r.Case}: {string.Join("; ", r.Failures)}"))));
        // Every rule has a passing case and one that does not pass, explaining what would.
        Assert.All(report.Results.GroupBy(r => r.File), file =>
        {
            Assert.Contains(file, r => r.Actual == GateOutcome.Ready);
            Assert.Contains(file, r => r.Actual != GateOutcome.Ready && r.Evaluation!.WhatWouldPass.Count > 0);
        });
    }
}
