using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Registry;

/// <summary>A reload replaces a pack atomically; evaluations in flight finish on the version they leased; a broken edit keeps the old version.</summary>
public sealed class HotReloadTests
{
    private static readonly Func<string, string> Says = word => $"Require(\"says\", \"the probe says a word\", \"{word}\", \"a word\", true, \"\");\n";

    [Fact]
    public void Reload_BrokenEdit_KeepsTheOldVersionAndReportsTheError()
    {
        var provider = new PackProvider("probe", Rule.Single(Says("one")));
        using var engine = new RuleEngine(null, provider);
        var before = engine.Registry.Packs.Single();

        provider.Source = Rule.Single("Require(\"says\", \"d\", Missing, \"t\", true, \"\");\n");
        var after = engine.Registry.Reload("probe");

        Assert.Equal(before.Evaluator, after.Evaluator);
        var error = Assert.Single(after.Errors);
        Assert.Equal("probe.csx(5,22): error CS0103: The name 'Missing' does not exist in the current context", error.ToString());
        Assert.Equal(provider.Source.Hash, after.FailedHash);
        Assert.Equal("one", engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed);

        provider.Source = Rule.Single(Says("two"));
        var fixedStatus = engine.Registry.Reload("probe");
        Assert.Empty(fixedStatus.Errors);
        Assert.NotEqual(before.Evaluator, fixedStatus.Evaluator);
        Assert.Equal("two", engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed);
    }

    [Fact]
    public void Reload_UnderConcurrentEvaluation_NoEvaluationFails()
    {
        var provider = new PackProvider("probe", Rule.Single(Says("v0")));
        using var engine = new RuleEngine(null, provider);
        engine.Registry.EnsureLoaded();
        var stop = false;
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var evaluations = 0;

        // Threads of their own: the thread pool may be busy with other tests, and the race needs them running.
        var workers = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
            {
                var evaluation = engine.Evaluator.Evaluate(SampleContexts.Onboarding());
                Interlocked.Increment(ref evaluations);
                if (evaluation.Outcome != GateOutcome.Ready || evaluation.Clauses.Count != 1) failures.Add(string.Join("; ", evaluation.Clauses.Select(c => $"{c.Name}: {c.Observed}")));
                else seen.Add(evaluation.Clauses[0].Observed);
            }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref evaluations) > 0, TimeSpan.FromSeconds(30)));

        for (var i = 1; i <= 60; i++)
        {
            provider.Source = Rule.Single(Says($"v{i}"));
            Assert.Empty(engine.Registry.Reload("probe").Errors);
            // Let evaluations run on this version before the next reload, so reloads and evaluations interleave.
            var before = Volatile.Read(ref evaluations);
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref evaluations) > before + 2, TimeSpan.FromSeconds(30)));
        }
        Volatile.Write(ref stop, true);
        workers.ForEach(w => w.Join());

        Assert.Empty(failures);
        Assert.True(seen.Distinct().Count() > 30, $"the evaluations saw only {seen.Distinct().Count()} of the 61 versions");
        Assert.Equal("v60", engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed);
    }

    [Fact]
    public void Reload_EvaluationInFlight_FinishesOnItsVersionWhichUnloadsAfterIt()
    {
        var provider = new PackProvider("probe", Rule.Single(Says("old")));
        using var engine = new RuleEngine(null, provider);
        var lease = engine.Registry.Acquire("gate-5-6")!;
        var old = lease.Version;

        provider.Source = Rule.Single(Says("new"));
        engine.Registry.Reload("probe");

        Assert.False(old.IsUnloaded);
        Assert.Equal("new", engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed);
        Assert.Equal("old", Run(old));
        var context = old.ContextReference;
        lease.Dispose();
        Assert.True(old.IsUnloaded);
        Assert.True(Unload.Collected(context), "the old version's load context is still alive after its last lease");
    }

    private static string Run(PmoFlow.Scripting.Rules.Loading.RulePackVersion version) =>
        PmoFlow.Scripting.Rules.Evaluation.RulePackEvaluation.Evaluate(version, SampleContexts.Onboarding(), new Dictionary<string, decimal>(),
            PmoFlow.Abstractions.Rules.RuleLimits.Default, TimeProvider.System).Evaluation.Clauses.Single().Observed;
}
