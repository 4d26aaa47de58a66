using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary>The read-only PMO commands on the demo database.</summary>
public sealed class StatusAndShowTests(DemoDatabaseFixture demo) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Status_DemoDatabase_ListsServicesByStep_WithGateStateAndWhatWouldPass()
    {
        var (exit, output, error) = await demo.Database.RunAsync("status");
        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.StartsWith("STEP ", lines[0]);
        Assert.Equal(14, lines.Count); // header, 12 services, totals
        Assert.StartsWith("1 Awareness Building", lines[1]);
        Assert.StartsWith("10 Value Recognition", lines[12]);
        Assert.Contains(lines, l => l.Contains("resource-management", StringComparison.Ordinal) && l.Contains("NeedsEvidence", StringComparison.Ordinal)
            && l.EndsWith("14 more users onboarded (84 of 120)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("agile-coaching", StringComparison.Ordinal) && l.Contains("NeedsApproval  sponsor decision on gate-3-4", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("benefits-realization-office", StringComparison.Ordinal) && l.EndsWith("needs $80k more validated benefit", StringComparison.Ordinal));
        Assert.StartsWith("12 services: ", lines[^1]);
    }

    [Fact]
    public async Task Show_BlockedService_PrintsHistoryEachClauseAndWhatWouldPass()
    {
        var (exit, output, error) = await demo.Database.RunAsync("service", "show", "resource-management");
        Assert.True(exit == 0, error);
        Assert.StartsWith("Resource management (resource-management)", output);
        Assert.Contains("  step       5 Service Onboarding, turn 1, since ", output);
        Assert.Contains("  stage      Deployment", output);
        Assert.Contains("gate-5-6: NeedsEvidence (evaluated ", output);
        Assert.Contains("  FAIL  onboarded-share: at least 70% of target users onboarded", output);
        Assert.Contains("        observed 58% (70 of 120); needs ≥ 70% (84 of 120)", output);
        Assert.Contains("        to pass: 14 more users onboarded (84 of 120)", output);
        Assert.Contains("  ok    onboarding-csat: ", output);
        Assert.Contains("via gate-4-5", output);
        Assert.Contains("pending approvals: none", output);
        Assert.Contains("waivers: none", output);
    }

    [Fact]
    public async Task Show_ServiceAwaitingSponsor_ListsThePendingApproval()
    {
        var (exit, output, _) = await demo.Database.RunAsync("service", "show", "agile-coaching");
        Assert.Equal(0, exit);
        Assert.Contains("gate-3-4: not evaluated yet in this step", output);
        Assert.Contains("pending approvals\n  gate-3-4: sponsor, requested ", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Show_UnknownService_ExitsOne()
    {
        var (exit, output, error) = await demo.Database.RunAsync("service", "show", "nope");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("error: no service 'nope'", error.Trim());
    }

    [Fact]
    public async Task List_ByStepOrStage_FiltersServices()
    {
        var (_, byStep, _) = await demo.Database.RunAsync("service", "list", "--step", "3");
        Assert.Equal(["agile-coaching", "vendor-management-office"], CliRunner.Lines(byStep).Skip(1).Select(l => l.Split(' ')[0]));

        var (_, byStage, _) = await demo.Database.RunAsync("service", "list", "--stage", "realization");
        Assert.Equal(["benefits-realization-office", "executive-dashboards"], CliRunner.Lines(byStage).Skip(1).Select(l => l.Split(' ')[0]));

        var (exit, _, error) = await demo.Database.RunAsync("service", "list", "--step", "11");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: --step: '11' is not a flywheel step; use 1-10 or a name: AwarenessBuilding, ", error);
    }
}
