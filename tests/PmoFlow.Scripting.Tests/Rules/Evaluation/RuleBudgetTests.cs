using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Evaluation;

/// <summary>
/// The hostile set that compiles (loops, recursion, growth, exceptions) is stopped at run time: the evaluation fails
/// with a clear message, the gate is blocked, and the host carries on.
/// </summary>
public sealed class RuleBudgetTests
{
    private const string Fine = "Require(\"fine\", \"the probe ran\", \"ok\", \"ok\", true, \"\");\n";

    [Theory]
    [InlineData("while (true) { }", "stopped: the rule ran more than 1,000,000 steps (loop iterations and calls): an endless loop?")]
    [InlineData("for (;;) ;", "stopped: the rule ran more than 1,000,000 steps (loop iterations and calls): an endless loop?")]
    [InlineData("do { } while (Service.TargetUsers > 0);", "stopped: the rule ran more than 1,000,000 steps (loop iterations and calls): an endless loop?")]
    [InlineData("IEnumerable<int> Forever() { while (true) yield return 1; }\nvar n = Forever().Count();", "stopped: the rule ran more than 1,000,000 steps (loop iterations and calls): an endless loop?")]
    [InlineData("int Down(int n) => Down(n + 1) + 1;\nvar x = Down(0);", "stopped: calls nested deeper than 64: runaway recursion?")]
    [InlineData("Func<int, int> f = null!;\nf = n => f(n + 1);\nf(0);", "stopped: calls nested deeper than 64: runaway recursion?")]
    [InlineData("Evaluate();", "stopped: calls nested deeper than 64: runaway recursion?")]
    [InlineData("var s = \"x\";\nwhile (true) s += s;", "stopped: the rule allocated more than its memory limit of 64 MB")]
    [InlineData("var chunks = new List<string>();\nwhile (true) chunks.Add(string.Concat(\"xyz\", chunks.Count));", "stopped: the rule allocated more than its memory limit of 64 MB")]
    public void Evaluate_RunawayRule_FailsTheEvaluationWithAClearMessage(string body, string message)
    {
        var evaluation = Evaluate(body + "\n" + Fine);

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        var failed = Assert.Single(evaluation.Clauses);
        Assert.Equal("rule-failed", failed.Name);
        Assert.Equal("rule probe (probe.csx) runs to completion", failed.Description);
        Assert.Equal(message, failed.Observed);
        Assert.Equal($"fix rule probe in probe.csx: {message}", failed.Missing);
    }

    [Fact]
    public void Evaluate_LoopPastTheTimeLimit_IsStoppedByTheClock()
    {
        var options = new RuleOptions { CacheFolder = null, MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(100) };

        var evaluation = Evaluate("while (true) { }\n", options);

        Assert.Equal("stopped: the rule ran longer than its time limit of 100 ms", evaluation.Clauses.Single().Observed);
    }

    [Fact]
    public void Evaluate_ListGrowthUnderALowMemoryLimit_IsStopped()
    {
        var options = new RuleOptions { CacheFolder = null, MaxSteps = long.MaxValue, MaxAllocatedBytes = 4L * 1024 * 1024 };

        var evaluation = Evaluate("var ids = new List<string>();\nwhile (true) ids.Add(Service.Id + ids.Count);\n", options);

        Assert.Equal("stopped: the rule allocated more than its memory limit of 4 MB", evaluation.Clauses.Single().Observed);
    }

    [Theory]
    [InlineData("var kpi = Kpi(\"no-such-kpi\");\nvar label = kpi!.Label;", "NullReferenceException: Object reference not set to an instance of an object. (near probe.csx line ")]
    [InlineData("\n\nthrow new InvalidOperationException(\"no onboarding data\");", "InvalidOperationException: no onboarding data (near probe.csx line 7)")]
    [InlineData("var d = Thresholds[\"hse.trir.max\"];", "KeyNotFoundException: No gate threshold is called 'hse.trir.max'. Thresholds: OnboardedShare, OnboardingCsat, RealizedBenefitShare, CostAvoidanceDiscount, VarianceNoteBelow, NpsTarget, ObservationMaxAge, MinimumResponses, ApprovalDue, ApprovalReminderBefore. (near probe.csx line 5)")]
    public void Evaluate_RuleThatThrows_FailsWithTheExceptionAndTheRuleLine(string body, string message)
    {
        var evaluation = Evaluate(body + "\n" + Fine);

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.StartsWith(message, evaluation.Clauses.Single().Observed, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhileHostileRulesRunOnOtherThreads_KeepsServing()
    {
        using var hostile = new RuleEngine(null, new PackProvider("hostile", Rule.Pack("hostile",
            Rule.File("a-loop", "while (true) { }\n"),
            Rule.File("b-recursion", "int Down(int n) => Down(n + 1);\nDown(0);\n", gates: "gate-1-2"),
            Rule.File("c-growth", "var s = \"x\";\nwhile (true) s += s;\n", gates: "gate-2-3"))));
        using var fine = new RuleEngine(null, new PackProvider("default", Rule.Default()));
        var gates = new[] { "gate-5-6", "gate-1-2", "gate-2-3" };

        var results = Enumerable.Range(0, 24).AsParallel().WithDegreeOfParallelism(4).Select(i =>
        {
            var context = SampleContexts.Onboarding($"svc-{i}");
            return i % 2 == 0
                ? (Hostile: true, hostile.Evaluator.Evaluate(context with { Gate = gates[i / 2 % 3] }))
                : (Hostile: false, fine.Evaluator.Evaluate(context));
        }).ToList();

        // Gates 1-2 and 2-3 also say the service is in another step; the rule's failure comes last.
        Assert.All(results.Where(r => r.Hostile), r => Assert.Equal("rule-failed", r.Item2.Clauses[^1].Name));
        Assert.All(results.Where(r => !r.Hostile), r => Assert.Equal(GateOutcome.Ready, r.Item2.Outcome));
    }

    [Fact]
    public void Evaluate_Repeatedly_StartsFromNothingEachTime()
    {
        // Nothing a rule can write outlives its evaluation: locals and closures are per instance, statics are refused.
        using var engine = new RuleEngine(null, new PackProvider("probe", Rule.Single("""
            var seen = new List<string>();
            Func<int> count = () => { seen.Add(Service.Id); return seen.Count; };
            Require("fresh", "the rule starts from nothing", $"{count()}", "1", seen.Count == 1, "state leaked");
            """)));

        var observed = Enumerable.Range(0, 5).Select(_ => engine.Evaluator.Evaluate(SampleContexts.Onboarding()).Clauses.Single().Observed);

        Assert.All(observed, o => Assert.Equal("1", o));
    }

    private static GateEvaluation Evaluate(string body, RuleOptions? options = null)
    {
        using var engine = new RuleEngine(options, new PackProvider("probe", Rule.Single(body)));
        Assert.True(engine.Registry.Packs.Single().Errors.Count == 0, string.Join("\n", engine.Registry.Packs.Single().Errors));
        return engine.Evaluator.Evaluate(SampleContexts.Onboarding());
    }
}
