using System.Collections.Concurrent;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Tests.Plugins;

namespace PmoFlow.Hosting.Tests.Plugins;

/// <summary>A plugin's rules join the default rules of their gates, for the industry in force only; a plugin whose rules fail is faulted.</summary>
public sealed class PluginRulePackTests
{
    [Fact]
    public async Task PluginRules_JoinTheDefaultRulesOfTheirGates_OnlyWhenTheBaselineSelectsThePlugin()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        await pmo.AddServiceAsync("svc", FlywheelStep.ServiceOnboarding);
        await pmo.ObserveTrirAsync("svc", 2.4m);

        var pack = pmo.Get<IRulePackStatus>().Packs.Single(p => p.Name == "plugins");
        Assert.Empty(pack.Errors);
        // The plugin's three rules, and the default rules of the gates they decide (1-2, 5-6, 9-10).
        Assert.Equal(["fixture-boom", "hse-trir", "incident-costs-validated", "onboarding", "sponsor-and-customers", "value-delivery"], pack.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));

        var general = await pmo.EvaluateAsync("svc", "gate-5-6");
        Assert.StartsWith("rules/plugins@sha256:", general.Evaluator, StringComparison.Ordinal);
        Assert.Equal(["onboarded-share", "onboarding-csat"], general.Clauses.Select(c => c.Name));

        await pmo.SetIndustryAsync("construction");
        var construction = await pmo.EvaluateAsync("svc", "gate-5-6");
        Assert.Equal(["hse-trir", "onboarded-share", "onboarding-csat"], construction.Clauses.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.False(construction.Clause("hse-trir").Passed);
        Assert.Equal("TRIR down from 2.4 to 1.5", construction.Clause("hse-trir").Missing);

        // A gate no plugin rule names stays with the default pack.
        Assert.StartsWith("rules/default@sha256:", (await pmo.EvaluateAsync("svc", "gate-3-4")).Evaluator, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotReload_OfAPluginRulePack_UnderConcurrentEvaluations_LosesNone()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        await pmo.SetIndustryAsync("construction");
        await pmo.AddServiceAsync("svc", FlywheelStep.ServiceOnboarding);
        await pmo.ObserveTrirAsync("svc", 1.2m);
        await pmo.ObserveTrirAsync("svc", 1.4m);
        var catalog = pmo.Get<IPluginCatalog>();

        var evaluations = new ConcurrentBag<GateEvaluation>();
        var failures = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var evaluators = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    evaluations.Add(await pmo.EvaluateAsync("svc", "gate-5-6"));
                }
                catch (Exception ex)
                {
                    failures.Add(ex.ToString());
                }
            }
        })).ToList();

        // Version 2 adds a rule; then version 1 comes back. Each reload compiles a new pack version while evaluations run.
        while (evaluations.IsEmpty) await Task.Delay(10);
        plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        Assert.Equal((PluginState.Active, "2.0.0"), ((await catalog.ReloadAsync(FixturePlugins.GoodId)).State, catalog.Find(FixturePlugins.GoodId)!.Version));
        var afterV2 = evaluations.Count;
        while (evaluations.Count < afterV2 + 8) await Task.Delay(10);
        plugins.Add(FixturePlugins.Good);
        Assert.Equal("1.0.0", (await catalog.ReloadAsync(FixturePlugins.GoodId)).Version);
        var afterV1 = evaluations.Count;
        while (evaluations.Count < afterV1 + 8) await Task.Delay(10);
        await stop.CancelAsync();
        await Task.WhenAll(evaluators);

        Assert.Empty(failures);
        Assert.All(evaluations, e =>
        {
            Assert.StartsWith("rules/plugins@sha256:", e.Evaluator, StringComparison.Ordinal);
            Assert.DoesNotContain(e.Clauses, c => c.Name is "rule-failed" or "rules");
            Assert.True(e.Clause("hse-trir").Passed);
            Assert.Equal(GateOutcome.NeedsEvidence, e.Outcome);
        });
        // Both versions decided gates: version 2's extra rule shows in some evaluations, and the last ones are version 1's again.
        Assert.Contains(evaluations, e => e.InputSnapshot.Contains("hse-trir-trend@1", StringComparison.Ordinal));
        Assert.True(evaluations.Select(e => e.Evaluator).Distinct().Count() >= 2);
        Assert.DoesNotContain("hse-trir-trend@1", (await pmo.EvaluateAsync("svc", "gate-5-6")).InputSnapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PluginRule_ThatThrows_BlocksThatEvaluation_AndFaultsItsPlugin_WhileGatesCarryOn()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        await using var pmo = await PluginPmo.StartAsync(plugins);
        await pmo.SetIndustryAsync("construction");
        await pmo.AddServiceAsync("svc", FlywheelStep.AwarenessBuilding, name: "Site safety [boom]");

        var failed = await pmo.EvaluateAsync("svc", "gate-1-2");

        Assert.Equal(GateOutcome.Blocked, failed.Outcome);
        Assert.Contains("Boom from the fixture's rule.", failed.Clause("rule-failed").Observed, StringComparison.Ordinal);
        var info = pmo.Get<IPluginCatalog>().Find(FixturePlugins.GoodId)!;
        Assert.Equal(PluginState.Faulted, info.State);
        Assert.StartsWith("rule fixture-boom (rules/boom.csx) failed: InvalidOperationException: Boom from the fixture's rule.", info.Error, StringComparison.Ordinal);

        // The faulted plugin's rules left the pack: the gate is decided by the default rules again.
        var next = await pmo.EvaluateAsync("svc", "gate-1-2");
        Assert.StartsWith("rules/default@sha256:", next.Evaluator, StringComparison.Ordinal);
        Assert.DoesNotContain(next.Clauses, c => c.Name == "rule-failed");
    }

    [Fact]
    public async Task Plugin_WhoseRulesDoNotCompile_IsFaultedWithFileLineAndReason_AndTheOthersKeepTheirRules()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        plugins.Add(FixturePlugins.BadRules);
        await using var pmo = await PluginPmo.StartAsync(plugins);

        var catalog = pmo.Get<IPluginCatalog>();
        var bad = catalog.Find("fixture-bad-rules")!;
        Assert.Equal(PluginState.Faulted, bad.State);
        Assert.StartsWith("rule pack failed: does not compile: rules/validation.csx(6,", bad.Error, StringComparison.Ordinal);
        Assert.Contains("PMOR0200", bad.Error, StringComparison.Ordinal);
        Assert.Equal(PluginState.Active, catalog.Find(FixturePlugins.GoodId)!.State);
        var pack = pmo.Get<IRulePackStatus>().Packs.Single(p => p.Name == "plugins");
        Assert.Contains(pack.Rules, r => r.Id == "hse-trir");
        Assert.DoesNotContain(pack.Rules, r => r.Id == "gxp-validation");
    }
}
