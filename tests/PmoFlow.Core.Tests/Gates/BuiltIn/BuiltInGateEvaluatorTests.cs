using System.Text.Json;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Gates.BuiltIn;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class BuiltInGateEvaluatorTests
{
    private readonly BuiltInGateEvaluator _evaluator = new();

    [Fact]
    public void Handles_ExactlyTheTenDefaultGates()
    {
        var defaults = Core.Flywheel.Flywheel.Steps.Select(s => s.GateFrom()).ToList();

        Assert.Equal(10, defaults.Count);
        Assert.All(defaults, g => Assert.True(_evaluator.Handles(g), g));
        Assert.False(_evaluator.Handles("gate-1-3"));
        Assert.False(_evaluator.Handles("GATE-1-2"));
        Assert.False(_evaluator.Handles("sla-gate"));
    }

    [Fact]
    public void Evaluate_RecordsIdentityTimeAndEvaluator()
    {
        var evaluation = _evaluator.Evaluate(GateSnapshot.For("gate-1-2").Build());

        Assert.Matches("^[0-9a-f]{32}$", evaluation.Id);
        Assert.Equal((GateSnapshot.ServiceId, "gate-1-2", 1, GateSnapshot.Now, "built-in/1"),
            (evaluation.ServiceId, evaluation.Gate, evaluation.Turn, evaluation.EvaluatedAt, evaluation.Evaluator));
    }

    [Fact]
    public void Evaluate_InputSnapshot_HoldsTheObservedNumbersWithTheirIds()
    {
        var context = GateSnapshot.For("gate-5-6").Kpi("onboarded-users").Observe("onboarded-users", 35, daysAgo: 1).Csat(4).Build();

        using var json = JsonDocument.Parse(_evaluator.Evaluate(context).InputSnapshot);
        var root = json.RootElement;

        Assert.Equal("ServiceOnboarding", root.GetProperty("service").GetProperty("step").GetString());
        Assert.Equal("obs-onboarded-users-1", root.GetProperty("onboardedUsers").GetProperty("id").GetString());
        Assert.Equal(35m, root.GetProperty("onboardedUsers").GetProperty("value").GetDecimal());
        Assert.Equal(60, root.GetProperty("targetUsers").GetInt32());
        Assert.Equal("resp-1", root.GetProperty("csatResponses")[0].GetProperty("id").GetString());
        Assert.Equal(0.70m, root.GetProperty("thresholds").GetProperty("onboardedShare").GetDecimal());
    }

    [Fact]
    public void Evaluate_ServiceInAnotherStep_Blocked()
    {
        var evaluation = _evaluator.Evaluate(GateSnapshot.For("gate-5-6").InStep(FlywheelStep.ValueProposition).Build());

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        GateAssert.Clause(evaluation, "service-step", "Value Proposition", "Service Onboarding",
            "the service is in Value Proposition: evaluate gate-3-4 instead", GateOutcome.Blocked);
    }

    [Fact]
    public void Evaluate_UnhandledGate_Throws()
    {
        var context = GateSnapshot.For("gate-1-2").Build() with { Gate = "sla-gate" };

        Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(context));
    }

    [Theory]
    [InlineData(GateOutcome.NeedsApproval, GateOutcome.NeedsEvidence, GateOutcome.NeedsEvidence)]
    [InlineData(GateOutcome.NeedsApproval, GateOutcome.Blocked, GateOutcome.Blocked)]
    [InlineData(GateOutcome.NeedsApproval, GateOutcome.NeedsApproval, GateOutcome.NeedsApproval)]
    public void Decide_FailingRequiredClauses_MostSevereKindWins(GateOutcome first, GateOutcome second, GateOutcome expected)
    {
        GateClause[] clauses = [Failing(first), Failing(second), new("ok", "", "", "", Passed: true)];

        Assert.Equal(expected, BuiltInGateEvaluator.Decide(clauses));
    }

    [Fact]
    public void Decide_OnlyWarningsFail_Ready()
    {
        GateClause[] clauses = [new("w", "", "", "", Passed: false, ClauseSeverity.Warning, Kind: GateOutcome.Blocked)];

        Assert.Equal(GateOutcome.Ready, BuiltInGateEvaluator.Decide(clauses));
    }

    private static GateClause Failing(GateOutcome kind) => new("c", "", "", "", Passed: false, Kind: kind);
}
