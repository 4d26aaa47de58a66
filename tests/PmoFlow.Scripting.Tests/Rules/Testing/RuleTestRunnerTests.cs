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
    public void Run_CaseMissingAField_IsAFailingRowNamingItsJsonPath_AndTheOtherCasesRun()
    {
        using var engine = new RuleEngine();
        var source = Probe(new RuleTestFile("broken.json", """
            { "cases": [
              { "name": "no gate", "now": "2026-01-01T00:00:00Z", "context": {} },
              { "name": "fine", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": { "service": { "id": "s", "stepEnteredAt": "2025-12-01T00:00:00Z" } },
                "expect": { "outcome": "Ready" } }
            ] }
            """));

        var report = engine.Tests.Run(source);

        Assert.Equal(["no gate", "fine"], report.Results.Select(r => r.Case));
        Assert.False(report.Results[0].Passed);
        Assert.Equal("tests/broken.json: $.cases[0].gate: required: the gate the case evaluates (such as gate-5-6)", report.Results[0].Failures.Single());
        Assert.True(report.Results[1].Passed, string.Join("; ", report.Results[1].Failures));
    }

    [Theory]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "yesterday", "context": {} }""", "tests/broken.json: $.cases[0].now: \"yesterday\" is not a date and time (such as 2026-07-10T09:00:00+00:00)")]
    [InlineData("""{ "name": "c", "gate": 56, "now": "2026-01-01T00:00:00Z", "context": {} }""", "tests/broken.json: $.cases[0].gate: 56 is not a gate name (such as gate-5-6)")]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": {}, "expect": { "outcome": "Readyish" } }""",
        "tests/broken.json: $.cases[0].expect.outcome: \"Readyish\" is not an outcome (one of: Ready, NeedsEvidence, NeedsApproval, Blocked)")]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": {}, "expect": { "clauses": [ { "name": "a" }, { "name": "b", "passed": "yes" } ] } }""",
        "tests/broken.json: $.cases[0].expect.clauses[1].passed: \"yes\" is not a valid value for this field")]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": {}, "thresholds": { "hse.trir.max": "high" } }""",
        "tests/broken.json: $.cases[0].thresholds['hse.trir.max']: \"high\" is not a valid value for this field")]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": { "service": { "id": "s" }, "kpis": [ { "id": "k", "goodDirection": "Sideways" } ] } }""",
        "tests/broken.json: $.cases[0].context.kpis[0].goodDirection: \"Sideways\" is not a valid value for this field")]
    [InlineData("""{ "name": "c", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": { "kpis": [] } }""",
        "tests/broken.json: $.cases[0].context: The context has no service.")]
    public void Run_MalformedCase_NamesTheFileAndTheJsonPath(string item, string expected)
    {
        using var engine = new RuleEngine();

        var report = engine.Tests.Run(Probe(new RuleTestFile("broken.json", $"{{ \"cases\": [ {item} ] }}")));

        var row = Assert.Single(report.Results);
        Assert.False(row.Passed);
        Assert.Equal(expected, row.Failures.Single());
    }

    [Theory]
    [InlineData("{ \"cases\": [\n  { \"name\": \"c\" \"gate\": \"gate-5-6\" }\n] }", "tests/broken.json(2,17): not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.")]
    [InlineData("{ \"tests\": [] }", "tests/broken.json: $.cases: required: an array of test cases ({ \"cases\": [ { \"name\", \"gate\", \"now\", \"context\", \"expect\" } ] })")]
    public void Run_TestFileThatDoesNotRead_IsOneFailingRowWithWhere(string json, string expected)
    {
        using var engine = new RuleEngine();

        var report = engine.Tests.Run(Probe(new RuleTestFile("broken.json", json)));

        var row = Assert.Single(report.Results);
        Assert.Equal(("(file)", false), (row.Case, row.Passed));
        Assert.Equal(expected, row.Failures.Single());
    }

    private static RulePackSource Probe(RuleTestFile tests) =>
        new("probe", "test", [Rule.File("probe", "Require(\"a\", \"a\", \"a\", \"a\", true, \"\");\n")], [tests]);
}
