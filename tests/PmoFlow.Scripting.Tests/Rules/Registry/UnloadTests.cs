using System.Diagnostics;
using System.Runtime.CompilerServices;
using PmoFlow.Scripting.Tests.Rules.Support;
using Xunit.Abstractions;

namespace PmoFlow.Scripting.Tests.Rules.Registry;

/// <summary>A replaced pack version's load context really unloads, so reloading does not leak assemblies.</summary>
[Collection(nameof(UnloadTests))] // counts process-wide assemblies: alone, not beside other rule tests loading packs
public sealed class UnloadTests(ITestOutputHelper output)
{
    [Fact]
    public void Reload_ReplacedVersion_IsCollected()
    {
        var provider = new PackProvider("probe", Rule.Default());
        using var engine = new RuleEngine(null, provider);

        var first = EvaluateAndWatch(engine);
        provider.Source = Rule.Pack("probe", Rule.Default().Files.Skip(1).ToArray());
        engine.Registry.Reload("probe");

        Assert.True(Unload.Collected(first), "the replaced version's load context was not collected");
    }

    [Fact]
    public void Reload_AThousandTimes_LoadedAssembliesStayFlat()
    {
        var provider = new PackProvider("probe", Source(0));
        using var engine = new RuleEngine(null, provider);
        for (var i = 1; i <= 20; i++) ReloadAndEvaluate(engine, provider, i);
        var baseline = Unload.LoadedAssemblies();

        var watch = Stopwatch.StartNew();
        for (var i = 21; i <= 1020; i++) ReloadAndEvaluate(engine, provider, i);
        watch.Stop();
        var after = Unload.LoadedAssemblies();

        output.WriteLine($"1,000 reloads in {watch.Elapsed.TotalSeconds:F1} s ({watch.Elapsed.TotalMilliseconds / 1000:F1} ms each); assemblies {baseline} -> {after}");
        Assert.True(after <= baseline + 5, $"loaded assemblies grew from {baseline} to {after} over 1,000 reloads");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference EvaluateAndWatch(RuleEngine engine)
    {
        Assert.Equal(PmoFlow.Core.Gates.GateOutcome.Ready, engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Outcome);
        using var lease = engine.Registry.Acquire("gate-5-6")!;
        return lease.Version.ContextReference;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReloadAndEvaluate(RuleEngine engine, PackProvider provider, int i)
    {
        provider.Source = Source(i);
        var status = engine.Registry.Reload("probe");
        Assert.Empty(status.Errors);
        var clause = engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single();
        Assert.Equal($"version {i}", clause.Observed);
    }

    // Each version differs, so each reload compiles and loads a new assembly; a lambda and an anonymous type make
    // sure the usual suspects (delegate caches, generic instantiations over rule types) unload too.
    private static PmoFlow.Scripting.Rules.Sources.RulePackSource Source(int i) => Rule.Single($$"""
        var answers = Surveys.SinceStepEntered.Where(s => s.Csat >= 4).Select(s => new { s.Id, s.Csat }).ToList();
        Read("answers", answers);
        Require("version", "the version", "version {{i}}", "any", answers.Count >= 0, "");
        """);
}

[CollectionDefinition(nameof(UnloadTests), DisableParallelization = true)]
public sealed class UnloadTestsCollection;
