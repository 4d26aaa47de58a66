using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Testing;

/// <summary>Test cases stored beside the rules (workflows/rules/tests): a snapshot, a virtual time, the expected outcome and clauses.</summary>
public sealed class RuleTestRunnerTests
{
    [Fact]
    public void RunFolder_DefaultRules_EveryStoredCasePasses()
    {
        using var engine = new RuleEngine();

        var report = engine.Tests.RunFolder(RepoPaths.DefaultRules, "default");

        Assert.True(report.Succeeded, string.Join("\n", report.Results.Where(r => !r.Passed).Select(r => $"{r.File} / {r.Case}: {string.Join("; ", r.Failures)}")));
        Assert.Equal(Rule.Default().Hash, report.Hash);
        // Each default rule has a passing case and a blocking one, with its clauses' explanations.
        var gates = report.Results.GroupBy(r => r.Gate).ToList();
        Assert.Equal(10, gates.Count);
        Assert.All(gates, g =>
        {
            Assert.Contains(g, r => r.Actual == GateOutcome.Ready && r.Evaluation!.Clauses.All(c => c.Name == "waiver" || c.Passed || c.Severity == ClauseSeverity.Warning));
            Assert.Contains(g, r => r.Actual != GateOutcome.Ready && r.Evaluation!.WhatWouldPass.Count > 0);
        });
    }

    [Fact]
    public void Run_RuleThatChanged_ReportsWhatDiffersFromTheStoredCase()
    {
        using var engine = new RuleEngine();
        var source = Rule.Default();
        var stricter = new RulePackSource("default", "test", source.Files.Select(f => f.Name == "onboarding.csx"
            ? f with { Text = f.Text.Replace("var share = Thresholds.OnboardedShare;", "var share = 0.8m;", StringComparison.Ordinal) }
            : f), source.Tests);

        var report = engine.Tests.Run(stricter);

        // All three onboarding cases state the 70% threshold; only the passing one changes its outcome.
        Assert.Equal(3, report.Results.Count(r => !r.Passed && r.File == "onboarding.json"));
        Assert.Equal(3, report.FailedCount);
        var failed = report.Results.Single(r => r.Case == "passes: 75% onboarded, CSAT 4.33 from three answers");
        Assert.Equal([
            "outcome NeedsEvidence, expected Ready (would pass with: 3 more users onboarded (48 of 60))",
            "onboarded-share: passed False, expected True (observed \"75% (45 of 60)\")",
            "onboarded-share: threshold \"≥ 80% (48 of 60)\", expected \"≥ 70% (42 of 60)\"",
        ], failed.Failures);
    }

    [Fact]
    public void Run_BrokenTestFile_IsAFailingRow()
    {
        using var engine = new RuleEngine();
        var source = new RulePackSource("probe", "test", [Rule.File("probe", "Require(\"a\", \"a\", \"a\", \"a\", true, \"\");\n")],
            [new RuleTestFile("broken.json", "{ \"cases\": [ { \"name\": \"no gate\", \"now\": \"2026-01-01T00:00:00Z\", \"context\": {} } ] }")]);

        var report = engine.Tests.Run(source);

        var row = Assert.Single(report.Results);
        Assert.False(row.Passed);
        Assert.Equal("the test file does not read: broken.json, case 'no gate': \"gate\" is required.", row.Failures.Single());
    }
}
