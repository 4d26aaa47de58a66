using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary>The PMO commands with <c>--server</c> against the real server: the same answers as on the local database.</summary>
public sealed class ServerEndToEndTests
{
    [Fact]
    public async Task Commands_AgainstRunningServer_AnswerAsLocalModeDoes()
    {
        using var server = await ServerProcess.StartAsync();

        var (exit, output, error) = await CliRunner.InvokeAsync("status", "--server", server.Url);
        Assert.True(exit == 0, error);
        Assert.Contains(CliRunner.Lines(output), l => l.Contains("resource-management", StringComparison.Ordinal) && l.EndsWith("14 more users onboarded (84 of 120)", StringComparison.Ordinal));
        Assert.Contains(CliRunner.Lines(output), l => l.Contains("agile-coaching", StringComparison.Ordinal) && l.Contains("NeedsApproval  sponsor decision on gate-3-4", StringComparison.Ordinal));

        (exit, output, error) = await CliRunner.InvokeAsync("observe", "resource-management", "--kpi", "onboarded-users", "--value", "90", "--server", server.Url);
        Assert.True(exit == 0, error);
        Assert.Equal(
        [
            "recorded onboarded-users = 90 for resource-management",
            "resource-management advanced: 5 Service Onboarding (turn 1) -> 6 Service Operation (turn 1)",
            "gate-6-7: NeedsEvidence: record an observation of specialist-utilization",
        ], CliRunner.Lines(output));

        (exit, output, _) = await CliRunner.InvokeAsync("observe", "benefits-realization-office", "--benefit", "bro-overrun-reduction", "--period", "2026-Q2", "--actual", "250000",
            "--server", server.Url);
        Assert.Equal(0, exit);
        Assert.Equal("benefits-realization-office advanced: 9 Value Delivery (turn 1) -> 10 Value Recognition (turn 1)", CliRunner.Lines(output)[1]);

        (exit, output, _) = await CliRunner.InvokeAsync("service", "show", "resource-management", "--server", server.Url);
        Assert.Equal(0, exit);
        Assert.Contains("gate-6-7: NeedsEvidence (evaluated ", output);
        Assert.Contains("  FAIL  kpis-observed: every KPI has at least one observation", output);

        (exit, _, error) = await CliRunner.InvokeAsync("service", "show", "nope", "--server", server.Url);
        Assert.Equal(1, exit);
        Assert.Equal("error: no service 'nope'", error.Trim());

        (exit, _, error) = await CliRunner.InvokeAsync("observe", "resource-management", "--kpi", "velocity", "--value", "1", "--server", server.Url);
        Assert.Equal(1, exit);
        Assert.Equal("error: --kpi: Service 'resource-management' has no KPI named 'velocity'", error.Trim());
    }
}
