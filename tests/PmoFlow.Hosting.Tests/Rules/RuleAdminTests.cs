using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Hosting.Rules;
using PmoFlow.Hosting.Tests.Support;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Hosting.Tests.Rules;

/// <summary>
/// What the API and the CLI ask of the live rule packs, on a real SQLite file: replay with the version a decision used
/// (archived in the database, so it survives a restart), re-evaluation with today's rules, and what-if.
/// </summary>
public sealed class RuleAdminTests : IDisposable
{
    private readonly RuleFolderFixture _folder = new();

    [Fact]
    public async Task Replay_AfterARestartWithTheRulesChangedAndTheCacheFolderGone_UsesTheVersionArchivedInTheDatabase()
    {
        _folder.WriteSponsorRule("Dana Lee");
        var database = Path.Combine(Path.GetTempPath(), $"pmoflow-rules-{Guid.NewGuid():N}.db");
        try
        {
            string evaluationId, firstVersion;
            await using (var before = await RuleHost.StartAsync(_folder.Settings(), database))
            {
                await AddServiceAsync(before, "svc", "Dana Lee");
                var evaluation = (await before.Store.ListGateEvaluationsAsync("svc", "gate-1-2")).Single();
                Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
                (evaluationId, firstVersion) = (evaluation.Id, evaluation.Evaluator);
            }

            // The organization tightens the rule while the server is down, and the compiled cache is lost.
            _folder.WriteSponsorRule("Priya Raman");
            Directory.Delete(_folder.Cache, recursive: true);
            await using var after = await RuleHost.StartAsync(_folder.Settings(), database);
            var admin = after.Services.GetRequiredService<IRuleAdmin>();

            var replay = await admin.ReplayAsync(evaluationId);
            Assert.True(replay.SameDecision, string.Join("\n", replay.Differences));
            Assert.Equal((GateReplayMode.Replay, firstVersion, GateOutcome.Ready), (replay.Mode, replay.Replayed.Evaluator, replay.Replayed.Outcome));
            Assert.Equal(evaluationId, replay.Original.Id);
            Assert.Null(replay.Replayed.Id);

            var today = await admin.ReevaluateAsync(evaluationId);
            Assert.False(today.SameDecision);
            Assert.NotEqual(firstVersion, today.Replayed.Evaluator);
            Assert.Equal(GateOutcome.Blocked, today.Replayed.Outcome);
            Assert.Equal("outcome Ready became Blocked", today.Differences[0]);
            Assert.Equal(["name an accepted sponsor"], today.Replayed.WhatWouldPass);
            Assert.False(Directory.Exists(Path.Combine(_folder.Cache, "sources", firstVersion[^64..])));
        }
        finally
        {
            PmoTestServices.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Activate_ArchivesEveryVersionBeforeItDecides()
    {
        _folder.WriteSponsorRule("Dana Lee");
        await using var host = await RuleHost.StartAsync(_folder.Settings());
        var registry = host.Services.GetRequiredService<IRulePackStatus>();
        _folder.WriteSponsorRule("Dana Lee", "Priya Raman");
        registry.Reload("acme");

        var archived = Query<string>(host.Database, "SELECT hash FROM rule_pack_versions ORDER BY hash");

        var active = registry.Packs.Select(p => p.Hash!).ToList();
        Assert.Equal(4, archived.Count); // two versions of acme, the plugins pack and the default pack
        Assert.All(active, hash => Assert.Contains(hash, archived));
    }

    [Fact]
    public async Task Activate_WhenTheArchiveCannotBeWritten_KeepsTheWorkingVersionAndSaysWhy()
    {
        _folder.WriteSponsorRule("Dana Lee");
        await using var host = await RuleHost.StartAsync(_folder.Settings());
        var registry = host.Services.GetRequiredService<IRulePackStatus>();
        var working = registry.Packs[0].Evaluator;
        Execute(host.Database, "ALTER TABLE rule_pack_versions RENAME TO rule_pack_versions_away");
        _folder.WriteSponsorRule("Priya Raman");

        var failed = registry.Reload("acme");

        Assert.Equal(working, failed.Evaluator);
        var error = Assert.Single(failed.Errors);
        Assert.StartsWith("the version could not be archived for replay, so it is not active: ", error.Message, StringComparison.Ordinal);
        await AddServiceAsync(host, "svc", "Dana Lee");
        Assert.Equal(working, (await host.Store.ListGateEvaluationsAsync("svc", "gate-1-2")).Single().Evaluator);

        Execute(host.Database, "ALTER TABLE rule_pack_versions_away RENAME TO rule_pack_versions");
        var recovered = registry.Reload("acme");
        Assert.Empty(recovered.Errors);
        Assert.NotEqual(working, recovered.Evaluator);
    }

    [Fact]
    public async Task Replay_UnknownOrBuiltInEvaluation_IsRefusedWithTheReason()
    {
        await using var host = await RuleHost.StartAsync(new() { ["PmoFlow:Rules:UseDefaultPack"] = "false" });
        await AddServiceAsync(host, "svc", "Dana Lee");
        var admin = host.Services.GetRequiredService<IRuleAdmin>();
        var builtIn = (await host.Store.ListGateEvaluationsAsync("svc"))[0];

        var unknown = await Assert.ThrowsAsync<PmoDataException>(() => admin.ReplayAsync("no-such-evaluation"));
        var refused = await Assert.ThrowsAsync<PmoDataException>(() => admin.ReevaluateAsync(builtIn.Id));

        Assert.Equal(("evaluationId", true, "No gate evaluation has id 'no-such-evaluation'."), (unknown.Field, unknown.IsNotFound, unknown.Message));
        Assert.Equal(("evaluationId", false), (refused.Field, refused.IsNotFound));
        Assert.Equal($"Evaluation {builtIn.Id} was made by built-in/1, which records no context to replay.", refused.Message);
    }

    [Fact]
    public async Task WhatIf_CandidateForOneGate_ListsOnlyTheServicesWhoseOutcomeWouldChange()
    {
        await using var host = await RuleHost.StartAsync();
        await AddServiceAsync(host, "at-needs-assessment-1", "Dana Lee");
        await AddServiceAsync(host, "at-needs-assessment-2", "Dana Lee");
        await AddServiceAsync(host, "no-customers", "Dana Lee", customers: []);
        var candidate = new RulePackFiles("lenient", new Dictionary<string, string>
        {
            ["heard.csx"] = """
                // rule: heard
                // gates: gate-2-3
                // version: 2
                // description: one survey answer is enough
                Require("responses", "at least one answer", $"{Surveys.SinceStepEntered.Count}", "≥ 0", Surveys.SinceStepEntered.Count >= 0, "an answer");
                """,
        });

        var report = await host.Services.GetRequiredService<IRuleAdmin>().WhatIfAsync(candidate);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal((3, 2), (report.Services, report.Compared));
        Assert.Equal(["at-needs-assessment-1", "at-needs-assessment-2"], report.Changes.Select(c => c.ServiceId));
        var change = report.Changes[0];
        Assert.Equal(("gate-2-3", GateOutcome.NeedsEvidence, GateOutcome.Ready), (change.Gate, change.Today.Outcome, change.Candidate.Outcome));
        Assert.StartsWith("rules/default@sha256:", change.Today.Evaluator, StringComparison.Ordinal);
        Assert.StartsWith("rules/lenient@sha256:", change.Candidate.Evaluator, StringComparison.Ordinal);
        Assert.NotEmpty(change.Today.WhatWouldPass);
        // Nothing was stored: the services still wait where they were.
        Assert.All(await host.Store.ListServicesAsync(ServiceFilter.All), s => Assert.NotEqual(FlywheelStep.ValueProposition, s.Step));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task AddServiceAsync(RuleHost host, string id, string sponsor, string[]? customers = null)
    {
        if ((await host.Store.ListCustomersAsync()).Count == 0) await host.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
        var now = host.Clock.GetUtcNow();
        await host.Engine.CreateServiceAsync(new PmoService(id, id, "a service", sponsor, customers ?? ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");
    }

    private static List<T> Query<T>(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(reader.GetFieldValue<T>(0));
        return rows;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
