using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary>The PMO commands with <c>--server</c> against the real server: the same answers as on the local database.</summary>
public sealed class ServerEndToEndTests(RunningServer running) : IClassFixture<RunningServer>
{
    [Fact]
    public async Task Commands_AgainstRunningServer_AnswerAsLocalModeDoes()
    {
        var server = running.Server;
        // An admin makes the gate agent's key (the admin's own key may read, not post data).
        var (exit, output, error) = await CliRunner.InvokeAsync("keys", "create", "--role", "gate-agent", "--name", "e2e-agent", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        var key = Assert.Single(CliRunner.Lines(output));

        (exit, output, error) = await CliRunner.InvokeAsync("status", "--server", server.Url, "--api-key", key);
        Assert.True(exit == 0, error);
        Assert.Contains(CliRunner.Lines(output), l => l.Contains("resource-management", StringComparison.Ordinal) && l.EndsWith("14 more users onboarded (84 of 120)", StringComparison.Ordinal));
        Assert.Contains(CliRunner.Lines(output), l => l.Contains("agile-coaching", StringComparison.Ordinal) && l.Contains("NeedsApproval  sponsor decision on gate-3-4", StringComparison.Ordinal));

        (exit, output, error) = await CliRunner.InvokeAsync("observe", "resource-management", "--kpi", "onboarded-users", "--value", "90", "--server", server.Url, "--api-key", key);
        Assert.True(exit == 0, error);
        Assert.Equal(
        [
            "recorded onboarded-users = 90 for resource-management",
            "resource-management advanced: 5 Service Onboarding (turn 1) -> 6 Service Operation (turn 1)",
            "gate-6-7: NeedsEvidence: record an observation of specialist-utilization",
        ], CliRunner.Lines(output));

        (exit, output, _) = await CliRunner.InvokeAsync("observe", "benefits-realization-office", "--benefit", "bro-overrun-reduction", "--period", "2026-Q2", "--actual", "250000",
            "--server", server.Url, "--api-key", key);
        Assert.Equal(0, exit);
        Assert.Equal("benefits-realization-office advanced: 9 Value Delivery (turn 1) -> 10 Value Recognition (turn 1)", CliRunner.Lines(output)[1]);

        (exit, output, _) = await CliRunner.InvokeAsync("service", "show", "resource-management", "--server", server.Url, "--api-key", key);
        Assert.Equal(0, exit);
        Assert.Contains("gate-6-7: NeedsEvidence (evaluated ", output);
        Assert.Contains("  FAIL  kpis-observed: every KPI has at least one observation", output);

        (exit, _, error) = await CliRunner.InvokeAsync("service", "show", "nope", "--server", server.Url, "--api-key", key);
        Assert.Equal(1, exit);
        Assert.Equal("error: no service 'nope'", error.Trim());

        (exit, _, error) = await CliRunner.InvokeAsync("observe", "resource-management", "--kpi", "velocity", "--value", "1", "--server", server.Url, "--api-key", key);
        Assert.Equal(1, exit);
        Assert.Equal("error: --kpi: Service 'resource-management' has no KPI named 'velocity'", error.Trim());
    }

    [Fact]
    public async Task Keys_ThroughTheServer_AreAnAdminsToManage_AndEachKeyDoesOnlyItsRolesWork()
    {
        var server = running.Server;
        var (exit, _, error) = await CliRunner.InvokeAsync("status", "--server", server.Url);
        Assert.Equal(1, exit);
        Assert.Equal($"error: the PmoFlow server at {server.Url} needs an API key: {Cli.Pmo.HttpPmoClient.NoKeyHelp}", error.Trim());

        (exit, var output, error) = await CliRunner.InvokeAsync("keys", "create", "--role", "viewer", "--name", "e2e-viewer", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        var viewer = Assert.Single(CliRunner.Lines(output));
        var viewerId = viewer.Split('_')[1];
        Assert.Equal($"created API key {viewerId} for e2e-viewer (viewer); this is the only time it is shown, so store it now", error.Trim());

        // The key from the environment, in a real child process, as a script would run it.
        (exit, output, error) = await CliRunner.RunProcessAsync(server.DataFolder, new Dictionary<string, string> { ["PMOFLOW_API_KEY"] = viewer }, "status", "--server", server.Url);
        Assert.True(exit == 0, error);
        Assert.Contains("resource-management", output, StringComparison.Ordinal);

        (exit, _, error) = await CliRunner.InvokeAsync("observe", "pm-methodology", "--kpi", "on-time-milestones", "--value", "80", "--server", server.Url, "--api-key", viewer);
        Assert.Equal(1, exit);
        Assert.Equal($"error: --api-key: The key 'e2e-viewer' (key {viewerId}) has role viewer; POST /api/services/pm-methodology/observations needs role gate-agent", error.Trim());
        (exit, _, error) = await CliRunner.InvokeAsync("keys", "list", "--server", server.Url, "--api-key", viewer);
        Assert.Equal(1, exit);
        Assert.EndsWith("GET /api/keys needs role admin", error.Trim(), StringComparison.Ordinal);

        (exit, output, _) = await CliRunner.InvokeAsync("keys", "list", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Equal(0, exit);
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith(viewerId, StringComparison.Ordinal) && l.Contains("e2e-viewer", StringComparison.Ordinal) && l.Contains("active", StringComparison.Ordinal));

        (exit, output, error) = await CliRunner.InvokeAsync("keys", "revoke", viewerId, "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.StartsWith($"revoked API key {viewerId} of e2e-viewer (viewer) at ", output, StringComparison.Ordinal);
        (exit, _, error) = await CliRunner.InvokeAsync("status", "--server", server.Url, "--api-key", viewer);
        Assert.Equal(1, exit);
        Assert.StartsWith($"error: --api-key: The API key 'e2e-viewer' ({viewerId}) was revoked at ", error, StringComparison.Ordinal);
        (exit, _, error) = await CliRunner.InvokeAsync("keys", "revoke", "feedfacefeedface", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Equal(1, exit);
        Assert.Equal("error: no API key 'feedfacefeedface'", error.Trim());
    }

    [Fact]
    public async Task Key_CreatedOnTheServersMachine_WorksAgainstTheRunningServer()
    {
        var server = running.Server;

        var (exit, output, error) = await CliRunner.InvokeAsync("keys", "create", "--role", "architect", "--name", "local-architect", "--db", Path.Combine(server.DataFolder, "pmoflow.db"));
        Assert.True(exit == 0, error);

        (exit, _, error) = await CliRunner.InvokeAsync("status", "--server", server.Url, "--api-key", Assert.Single(CliRunner.Lines(output)));
        Assert.True(exit == 0, error);
    }
}
