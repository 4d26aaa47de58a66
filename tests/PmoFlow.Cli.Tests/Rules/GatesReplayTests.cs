using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Tests.Support;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Cli.Tests.Rules;

/// <summary><c>pmoflow gates replay|reevaluate ID</c> on a local database: with the rules a decision used, or with today's.</summary>
public sealed class GatesReplayTests
{
    [Fact]
    public async Task ReplayAndReevaluate_DecisionOfAPackNoLongerInForce_ReplaysFromTheDatabaseAndShowsWhatChanged()
    {
        using var database = PmoDatabase.Empty();
        using var rules = new RuleFolder();
        // Recorded by a pack of the organization's own that only accepts one sponsor; the CLI then runs without it.
        rules.WriteRule("sponsor", """
            Require("accepted-sponsor", "the sponsor is accepted", Service.Sponsor, "Priya Raman", Service.Sponsor == "Priya Raman", "name Priya Raman as sponsor",
                kind: ClauseKind.Blocked);
            """, gates: "gate-1-2");
        string id = "";
        await database.UseAsync(async services =>
        {
            var store = services.GetRequiredService<IPmoStore>();
            await store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
            var now = DateTimeOffset.UtcNow;
            await services.GetRequiredService<IPmoEngine>().CreateServiceAsync(
                new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");
            id = (await store.ListGateEvaluationsAsync("svc", "gate-1-2")).Single().Id;
        }, settings: new Dictionary<string, string?> { ["PmoFlow:Rules:Folder"] = rules.Path, ["PmoFlow:Rules:Watch"] = "false" });

        var (exit, output, error) = await database.RunAsync("gates", "replay", id);

        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.StartsWith($"evaluation {id} of gate-1-2 for svc (turn 1) at ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("recorded    Blocked by rules/acme@sha256:", lines[1], StringComparison.Ordinal);
        Assert.Equal("  FAIL  accepted-sponsor: the sponsor is accepted", lines[2]);
        Assert.Equal("        observed Dana Lee; needs Priya Raman", lines[3]);
        Assert.Equal("        to pass: name Priya Raman as sponsor", lines[4]);
        Assert.Equal(lines[1].Replace("recorded ", "replayed ", StringComparison.Ordinal), lines[5]);
        Assert.Equal("same decision: outcome, waiver and every clause as recorded", lines[^1]);

        (exit, output, error) = await database.RunAsync("gates", "reevaluate", id);

        Assert.True(exit == 0, error);
        lines = CliRunner.Lines(output);
        Assert.Contains(lines, l => l.StartsWith("today       Ready by rules/default@sha256:", StringComparison.Ordinal));
        var changed = lines.IndexOf("today's rules decide differently (Blocked -> Ready):");
        Assert.True(changed > 0, output);
        Assert.Equal("  outcome Blocked became Ready", lines[changed + 1]);
    }

    [Fact]
    public async Task Replay_UnknownEvaluation_ExitsOneNamingIt()
    {
        using var database = PmoDatabase.Empty();

        foreach (var verb in new[] { "replay", "reevaluate" })
        {
            var (exit, output, error) = await database.RunAsync("gates", verb, "nope");
            Assert.Equal((1, "", "error: no gate evaluation has id 'nope'"), (exit, output, error.Trim()));
        }
    }

    [Fact]
    public async Task Replay_EvaluationOfTheBuiltInRules_SaysWhyItCannot()
    {
        using var database = PmoDatabase.Empty();
        string id = "";
        await database.UseAsync(async services =>
        {
            var store = services.GetRequiredService<IPmoStore>();
            await store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
            var now = DateTimeOffset.UtcNow;
            await services.GetRequiredService<IPmoEngine>().CreateServiceAsync(
                new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");
            id = (await store.ListGateEvaluationsAsync("svc", "gate-1-2")).Single().Id;
        }, settings: new Dictionary<string, string?> { ["PmoFlow:Rules:UseDefaultPack"] = "false" });

        var (exit, _, error) = await database.RunAsync("gates", "replay", id);

        Assert.Equal((1, $"error: evaluation {id} was made by built-in/1, which records no context to replay"), (exit, error.Trim()));
    }
}
