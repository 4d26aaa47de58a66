using PmoFlow.Cli.Tests.Pmo;
using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Rules;

/// <summary><c>pmoflow rules whatif DIR</c> on the demo database: a changed pack against every service, and the services it would change.</summary>
public sealed class RulesWhatIfTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task WhatIf_LowerOnboardingShare_ListsTheOneServiceItWouldLetThroughWithBothExplanations()
    {
        using var folder = RuleFolder.CopyOfDefault("lenient");
        folder.Replace("onboarding.csx", "var share = Thresholds.OnboardedShare;", "var share = 0.5m;");

        var (exit, output, error) = await demo.Database.RunAsync("rules", "whatif", folder.Path);

        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.Matches($"^candidate rules/lenient@sha256:[0-9a-f]{{64}} from {System.Text.RegularExpressions.Regex.Escape(folder.Path)}, against ", lines[0]);
        Assert.Equal("12 services, 12 at a gate the candidate decides, 1 would change", lines[1]);
        Assert.Equal("resource-management  gate-5-6: NeedsEvidence -> Ready", lines[3]);
        // Gate 5→6 has industry rules, so the "plugins" pack (the default rules plus the selected industry's) decides it.
        Assert.StartsWith("  today      NeedsEvidence by rules/plugins@sha256:", lines[4], StringComparison.Ordinal);
        Assert.Equal("    FAIL  onboarded-share: at least 70% of target users onboarded", lines[5]);
        Assert.Equal("          observed 58% (70 of 120); needs ≥ 70% (84 of 120)", lines[6]);
        Assert.Equal("          to pass: 14 more users onboarded (84 of 120)", lines[7]);
        Assert.Contains(lines, l => l.StartsWith("  candidate  Ready by rules/lenient@sha256:", StringComparison.Ordinal));
        Assert.Contains("          observed 58% (70 of 120); needs ≥ 50% (60 of 120)", lines);
    }

    [Fact]
    public async Task WhatIf_CandidateThatDoesNotCompile_PrintsItsErrorsAndExitsOne()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("probe", "Require(\"a\", \"a\", Missing, \"a\", true, \"\");\n");

        var (exit, output, error) = await demo.Database.RunAsync("rules", "whatif", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal([$"{Path.Join(folder.Path, "probe.csx")}(5,19): error CS0103: The name 'Missing' does not exist in the current context"], CliRunner.Lines(output));
        Assert.Equal($"error: {folder.Path}: the pack does not compile, so nothing was compared", error.Trim());
    }

    [Fact]
    public async Task WhatIf_MissingFolder_FailsBeforeOpeningAnyDatabase()
    {
        using var empty = PmoDatabase.Empty();
        var missing = Path.Combine(empty.Folder, "no-rules");

        var (exit, _, error) = await empty.RunAsync("rules", "whatif", missing);

        Assert.Equal((1, $"error: {missing}: no such folder"), (exit, error.Trim()));
        Assert.False(File.Exists(empty.Path));
    }
}
