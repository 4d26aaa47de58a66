using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Hosting.Rules;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Hosting.Tests.Rules;

/// <summary>The composition root decides the gates through the rule packs: the embedded default pack, and a configured folder ahead of it.</summary>
public sealed class RulePackCompositionTests
{
    private static readonly string[] Gates = ["gate-1-2", "gate-2-3", "gate-3-4", "gate-4-5", "gate-5-6", "gate-6-7", "gate-7-8", "gate-8-9", "gate-9-10", "gate-10-1"];

    [Fact]
    public async Task AddPmoFlow_PutsTheRulePacksAheadOfTheBuiltInRules()
    {
        await using var host = await RuleHost.StartAsync();

        var evaluators = host.Services.GetServices<IGateEvaluator>().ToList();
        Assert.All(Gates, g => Assert.True(evaluators[0].Handles(g), g));
        // The plugins' pack (empty: no plugin is loaded) is asked before the default pack.
        var packs = host.Services.GetRequiredService<IRulePackStatus>().Packs;
        Assert.Equal([("plugins", 0, 0), ("default", 10, 0)], packs.Select(p => (p.Name, p.Rules.Count, p.Errors.Count)));
    }

    [Fact]
    public void EmbeddedDefaultPack_IsWorkflowsRules()
    {
        var embedded = new EmbeddedRulePack(Microsoft.Extensions.Options.Options.Create(new PmoFlow.Scripting.Rules.RuleOptions())).Read();
        var onDisk = RuleFolder.Read(Path.Combine(Root(), "workflows", "rules"), "default");

        Assert.Equal(onDisk.Hash, embedded.Hash);
        Assert.Equal(onDisk.Tests.Select(t => t.Name), embedded.Tests.Select(t => t.Name));
    }

    [Fact]
    public async Task Flywheel_DecidedByTheDefaultPack_RecordsItsHashAndReplaysExactly()
    {
        await using var host = await RuleHost.StartAsync();
        var hash = host.Services.GetRequiredService<IRulePackStatus>().Packs.Single(p => p.Name == "default").Hash;
        await host.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
        var now = host.Clock.GetUtcNow();
        await host.Engine.CreateServiceAsync(new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");
        for (var i = 0; i < 3; i++)
        {
            host.Clock.Advance(TimeSpan.FromHours(1));
            await host.Store.AddSurveyResponseAsync(new SurveyResponse($"r{i}", "svc", "executives", 4, 9, host.Clock.GetUtcNow(), null), "test");
        }
        var service = await host.Engine.ProcessServiceAsync("svc");

        Assert.Equal(FlywheelStep.ValueProposition, service.Step);
        var evaluations = await host.Store.ListGateEvaluationsAsync("svc");
        Assert.True(evaluations.Count >= 3);
        Assert.All(evaluations, e => Assert.Equal($"rules/default@sha256:{hash}", e.Evaluator));
        var replay = host.Services.GetRequiredService<RuleReplay>();
        Assert.All(evaluations, e => Assert.True(replay.Replay(e).SameDecision));
    }

    [Fact]
    public async Task ConfiguredFolder_DecidesItsGatesAheadOfTheDefaultPack()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pmoflow-rules-host", Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "sponsor-is-an-executive.csx"), """
                // rule: sponsor-is-an-executive
                // gates: gate-1-2
                // version: 1
                // description: the sponsor must be one of the service's executive customers
                var executives = Customers.Where(c => c.Group == "executives").Select(c => c.Name).ToList();
                Require("executive-sponsor", "the sponsor is an executive customer", Service.Sponsor, "one of: " + string.Join(", ", executives),
                    passed: executives.Contains(Service.Sponsor), missing: "name an executive customer as sponsor", kind: ClauseKind.Blocked);
                """);
            await using var host = await RuleHost.StartAsync(new() { ["PmoFlow:Rules:Folder"] = folder, ["PmoFlow:Rules:PackName"] = "acme" });
            await host.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
            var now = host.Clock.GetUtcNow();

            var service = await host.Engine.CreateServiceAsync(new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");

            Assert.Equal(FlywheelStep.AwarenessBuilding, service.Step);
            var evaluation = (await host.Store.ListGateEvaluationsAsync("svc", "gate-1-2"))[0];
            Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
            Assert.StartsWith("rules/acme@sha256:", evaluation.Evaluator, StringComparison.Ordinal);
            Assert.Equal(["name an executive customer as sponsor"], evaluation.WhatWouldPass);
            var packs = host.Services.GetRequiredService<IRulePackStatus>().Packs;
            Assert.Equal(["acme", "plugins", "default"], packs.Select(p => p.Name));
            Assert.True(host.Services.GetServices<IGateEvaluator>().First().Handles("gate-2-3"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DefaultPackOff_TheBuiltInRulesDecide()
    {
        await using var host = await RuleHost.StartAsync(new() { ["PmoFlow:Rules:UseDefaultPack"] = "false" });
        await host.Store.AddCustomerAsync(new PmoCustomer("exec-1", "CFO office", "executives", 1m), "test");
        var now = host.Clock.GetUtcNow();

        await host.Engine.CreateServiceAsync(new PmoService("svc", "Portfolio reporting", "reports", "Dana Lee", ["exec-1"], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "test");

        Assert.All(await host.Store.ListGateEvaluationsAsync("svc"), e => Assert.Equal("built-in/1", e.Evaluator));
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("PmoFlow.sln not found.");
    }
}
