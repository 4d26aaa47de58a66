using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Testing;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Testing;

/// <summary>A rule-pack evaluation records its pack's hash and everything its rules read: replaying it decides exactly the same.</summary>
public sealed class ReplayTests : IDisposable
{
    private readonly TempFolder _cache = new();

    [Theory]
    [InlineData("gate-3-4")]
    [InlineData("gate-5-6")]
    [InlineData("gate-7-8")]
    [InlineData("gate-9-10")]
    [InlineData("gate-10-1")]
    public void Replay_StoredEvaluations_DecideExactlyTheSame(string gate)
    {
        using var engine = Engine(new PackProvider("default", Rule.Default()));
        foreach (var context in RandomContexts.For(gate, 40, 7))
        {
            var original = engine.Evaluator.Evaluate(context);
            var replay = engine.Replay.Replay(original);
            Assert.True(replay.SameDecision, string.Join("\n", replay.Differences));
            Assert.Equal(original.InputSnapshot, replay.Replayed.InputSnapshot);
        }
    }

    [Fact]
    public void Replay_AfterTheRulesChanged_UsesTheVersionTheEvaluationRecorded()
    {
        var provider = new PackProvider("probe", Says("0.7"));
        using var engine = Engine(provider);
        var original = engine.Evaluator.Evaluate(SampleContexts.Onboarding());

        provider.Source = Says("0.8");
        engine.Registry.Reload("probe");

        var replay = engine.Replay.Replay(original);
        Assert.True(replay.SameDecision);
        Assert.Equal(original.Evaluator, replay.Replayed.Evaluator);

        var today = engine.Replay.Reevaluate(original);
        Assert.False(today.SameDecision);
        Assert.Equal(["outcome Ready became NeedsEvidence",
            "clause 1: share passed (observed \"43 of 60\", threshold \"0.7\") became share failed (observed \"43 of 60\", threshold \"0.8\")"], today.Differences);
    }

    [Fact]
    public void Replay_InANewProcess_FindsTheArchivedSources()
    {
        GateEvaluation original;
        using (var before = Engine(new PackProvider("probe", Says("0.7")))) original = before.Evaluator.Evaluate(SampleContexts.Onboarding());

        // After a restart the pack in force is another one; the archive still has the version the evaluation used.
        using var after = Engine(new PackProvider("probe", Says("0.9")));
        var replay = after.Replay.Replay(original);

        Assert.True(replay.SameDecision, string.Join("\n", replay.Differences));
        Assert.Equal(GateOutcome.Ready, replay.Replayed.Outcome);
    }

    [Fact]
    public void Evaluate_FreshContextWithAVersionHash_UsesThatVersion()
    {
        var provider = new PackProvider("probe", Says("0.7"));
        using var engine = Engine(provider);
        var old = engine.Registry.Packs.Single().Hash!;
        provider.Source = Says("0.8");
        engine.Registry.Reload("probe");

        var evaluation = engine.Replay.Evaluate(SampleContexts.Onboarding(onboarded: 45m), old);

        Assert.Equal($"rules/probe@sha256:{old}", evaluation.Evaluator);
        Assert.Equal("0.7", evaluation.Clauses.Single().Threshold);
    }

    [Fact]
    public void Replay_BuiltInEvaluation_IsRefusedWithTheReason()
    {
        using var engine = Engine(new PackProvider("probe", Says("0.7")));
        var builtIn = BuiltInRules.Evaluator.Evaluate(SampleContexts.Onboarding());

        var error = Assert.Throws<ReplayRefusedException>(() => engine.Replay.Replay(builtIn));
        Assert.Contains("built-in/1, which records no context to replay", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _cache.Dispose();

    private RuleEngine Engine(PackProvider provider) => new(new RuleOptions { CacheFolder = _cache.Path }, provider);

    private static PmoFlow.Scripting.Rules.Sources.RulePackSource Says(string share) => Rule.Single($$"""
        var onboarded = Kpi("onboarded-users")?.Latest?.Value ?? 0;
        Read("onboarded", onboarded);
        Require("share", "enough users onboarded", $"{onboarded} of {Service.TargetUsers}", "{{share}}", onboarded >= {{share}}m * Service.TargetUsers, "more users");
        """);
}
