using PmoFlow.Core.Benefits;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate4To5RuleTests
{
    [Fact]
    public void Gate4To5_PlannedOwnedBenefitAndTargetUsers_Ready()
    {
        var evaluation = GateSnapshot.For("gate-4-5")
            .Benefit("licence-savings", BenefitCategory.Cashable, (120_000m, null))
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Clause(evaluation, "planned-benefit", "1 of 1 benefit", "≥ 1 planned, owned benefit");
        GateAssert.Clause(evaluation, "target-users", "60 target users", "> 0 target users");
    }

    [Fact]
    public void Gate4To5_BenefitsLackPlanOrOwnerAndNoTargetUsers_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-4-5")
            .Benefit("cycle-time", BenefitCategory.NonCashable, b => b with { Owner = "" }, (50_000m, null))
            .Benefit("licence-savings", BenefitCategory.Cashable, (0m, null))
            .TargetUsers(0)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "planned-benefit", "0 of 2 benefits", "≥ 1 planned, owned benefit",
            "cycle-time lacks an owner; licence-savings lacks a plan");
        GateAssert.Clause(evaluation, "target-users", "0 target users", "> 0 target users", "set the service's target users");
    }

    [Fact]
    public void Gate4To5_NoBenefits_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-4-5").Evaluate();

        GateAssert.Clause(evaluation, "planned-benefit", "0 of 0 benefits", "≥ 1 planned, owned benefit",
            "plan a benefit (planned value in a fiscal period) with a business value owner outside the PMO");
    }
}
