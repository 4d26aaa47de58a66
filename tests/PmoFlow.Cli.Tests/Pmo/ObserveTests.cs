using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary><c>pmoflow observe</c> on the demo: data arrives, the gate looks again, the service advances or says why not.</summary>
public sealed class ObserveTests
{
    [Fact]
    public async Task Observe_EnoughUsersOnboarded_AdvancesAndSaysWhatTheNextGateNeeds()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        var (exit, output, error) = await database.RunAsync("observe", "resource-management", "--kpi", "onboarded-users", "--value", "90");
        Assert.True(exit == 0, error);
        Assert.Equal(
        [
            "recorded onboarded-users = 90 for resource-management",
            "resource-management advanced: 5 Service Onboarding (turn 1) -> 6 Service Operation (turn 1)",
            "gate-6-7: NeedsEvidence: record an observation of specialist-utilization",
        ], CliRunner.Lines(output));

        var (_, status, _) = await database.RunAsync("service", "list", "--step", "ServiceOperation");
        Assert.Contains("resource-management", status);
    }

    [Fact]
    public async Task Observe_TooFewUsers_StaysAndSaysWhy()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        var (exit, output, _) = await database.RunAsync("observe", "resource-management", "--kpi", "onboarded-users", "--value", "80", "--source", "LMS export",
            "--evidence", "https://lms.example.com/reports/42");
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "recorded onboarded-users = 80 for resource-management",
            "resource-management did not advance: still in 5 Service Onboarding (turn 1)",
            "gate-5-6: NeedsEvidence: 4 more users onboarded (84 of 120)",
        ], CliRunner.Lines(output));
    }

    [Fact]
    public async Task Observe_BenefitActual_CompletesValueDelivery()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        const string period = "2026-Q2";
        var (exit, output, error) = await database.RunAsync("observe", "benefits-realization-office", "--benefit", "bro-overrun-reduction", "--period", period, "--actual", "250000");
        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.Equal($"recorded bro-overrun-reduction {period} actual = 250000 for benefits-realization-office", lines[0]);
        Assert.Equal("benefits-realization-office advanced: 9 Value Delivery (turn 1) -> 10 Value Recognition (turn 1)", lines[1]);
    }

    [Theory]
    [InlineData("error: no service 'nope'", "nope", "--kpi", "onboarded-users", "--value", "1")]
    [InlineData("error: --kpi: service 'resource-management' has no KPI named 'velocity' (its KPIs: onboarded-users, specialist-utilization)",
        "resource-management", "--kpi", "velocity", "--value", "1")]
    [InlineData("error: --unit: KPI 'onboarded-users' is measured in 'users', not '%'; convert the value before recording it",
        "resource-management", "--kpi", "onboarded-users", "--value", "75", "--unit", "%")]
    [InlineData("error: --benefit: service 'resource-management' has no benefit 'nope' (its benefits: rm-contractor-reduction)",
        "resource-management", "--benefit", "nope", "--period", "2026-Q1", "--actual", "5")]
    [InlineData("error: --value: required with --kpi", "resource-management", "--kpi", "onboarded-users")]
    [InlineData("error: --evidence: 'lms' must be an absolute http(s) URL", "resource-management", "--kpi", "onboarded-users", "--value", "1", "--evidence", "lms")]
    [InlineData("error: --kpi and --benefit cannot be combined: record one thing at a time", "resource-management", "--kpi", "a", "--benefit", "b")]
    public async Task Observe_BadInput_ExitsOne_NamingTheField(string expected, params string[] args)
    {
        using var database = await PmoDatabase.WithDemoAsync();
        var (exit, _, error) = await database.RunAsync(["observe", .. args]);
        Assert.Equal(1, exit);
        Assert.Equal(expected, error.Trim());
    }
}
