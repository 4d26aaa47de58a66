using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Rules;

/// <summary><c>pmoflow rules test DIR</c>: the test cases stored in DIR/tests run against the pack; a pass/fail table; exit 1 on any failure.</summary>
public sealed class RulesTestTests
{
    [Fact]
    public async Task Test_DefaultPack_EveryCasePasses()
    {
        var (exit, output, error) = await CliRunner.InvokeAsync("rules", "test", RuleFolder.DefaultRules);

        Assert.True(exit == 0, output + error);
        var lines = CliRunner.Lines(output);
        Assert.StartsWith("RESULT  GATE       OUTCOME        FILE", lines[0], StringComparison.Ordinal);
        Assert.Contains("pass    gate-5-6   Ready          onboarding.json             passes: 75% onboarded, CSAT 4.33 from three answers", lines);
        Assert.All(lines.Skip(1).SkipLast(1), l => Assert.StartsWith("pass ", l, StringComparison.Ordinal));
        Assert.Matches("^[0-9]+ cases: ([0-9]+) passed, 0 failed$", lines[^1]);
    }

    [Fact]
    public async Task Test_RuleThatNoLongerMeetsItsCases_ListsTheFailuresAndExitsOne()
    {
        using var folder = RuleFolder.CopyOfDefault();
        folder.Replace("onboarding.csx", "var share = Thresholds.OnboardedShare;", "var share = 0.8m;");

        var (exit, output, _) = await CliRunner.InvokeAsync("rules", "test", folder.Path);

        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(output);
        Assert.Contains("FAIL    gate-5-6   NeedsEvidence  onboarding.json             passes: 75% onboarded, CSAT 4.33 from three answers", lines);
        var failures = lines.IndexOf("failures");
        Assert.True(failures > 0, output);
        Assert.Equal("  onboarding.json: passes: 75% onboarded, CSAT 4.33 from three answers", lines[failures + 1]);
        Assert.Equal("    outcome NeedsEvidence, expected Ready (would pass with: 3 more users onboarded (48 of 60))", lines[failures + 2]);
        Assert.Matches("^[0-9]+ cases: [0-9]+ passed, 3 failed$", lines[^1]);
    }

    [Fact]
    public async Task Test_MalformedTestFiles_NameTheFileAndWhere_AndTheOtherCasesRun()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("probe", "Require(\"a\", \"a\", \"a\", \"a\", Service.TargetUsers > 0, \"set target users\");\n");
        folder.Write("tests/cases.json", """
            { "cases": [
              { "name": "no clock", "gate": "gate-5-6", "context": { "service": { "id": "s" } } },
              { "name": "passes", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z",
                "context": { "service": { "id": "s", "targetUsers": 5, "stepEnteredAt": "2025-12-01T00:00:00Z" } }, "expect": { "outcome": "Ready" } },
              { "name": "wrong type", "gate": "gate-5-6", "now": "2026-01-01T00:00:00Z", "context": { "service": { "id": "s", "targetUsers": "many" } } }
            ] }
            """);
        folder.Write("tests/syntax.json", "{ \"cases\": [\n  { \"name\": \"x\" \"gate\": 1 }\n] }");

        var (exit, output, _) = await CliRunner.InvokeAsync("rules", "test", folder.Path);

        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(output);
        Assert.Contains("    tests/cases.json: $.cases[0].now: required: the engine's clock for the case (such as 2026-07-10T09:00:00+00:00)", lines);
        Assert.Contains("    tests/cases.json: $.cases[2].context.service.targetUsers: \"many\" is not a valid value for this field", lines);
        Assert.Contains("    tests/syntax.json(2,17): not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.", lines);
        Assert.Contains(lines, l => l.StartsWith("pass ", StringComparison.Ordinal) && l.EndsWith("passes", StringComparison.Ordinal));
        Assert.Equal("4 cases: 1 passed, 3 failed", lines[^1]);
    }

    [Fact]
    public async Task Test_PackThatDoesNotCompile_PrintsItsErrorsAndRunsNothing()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("probe", "Require(\"a\", \"a\", Missing, \"a\", true, \"\");\n");
        folder.Write("tests/probe.json", "{ \"cases\": [] }");

        var (exit, output, error) = await CliRunner.InvokeAsync("rules", "test", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal([$"{Path.Join(folder.Path, "probe.csx")}(5,19): error CS0103: The name 'Missing' does not exist in the current context"], CliRunner.Lines(output));
        Assert.Equal($"error: {folder.Path}: the pack does not compile, so no case ran", error.Trim());
    }

    [Fact]
    public async Task Test_NoTestCases_ExitsOne()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("probe", "Require(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");

        var (exit, _, error) = await CliRunner.InvokeAsync("rules", "test", folder.Path);

        Assert.Equal((1, $"error: {folder.Path}: no test cases (put them in {Path.Join(folder.Path, "tests")}/*.json)"), (exit, error.Trim()));
    }
}
