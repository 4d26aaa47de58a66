using PmoFlow.Core.Benefits;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate9To10RuleTests
{
    [Fact]
    public void Gate9To10_RealizedValidatedAndExplained_Ready()
    {
        var evaluation = GateSnapshot.For("gate-9-10")
            .Benefit("licence-savings", BenefitCategory.Cashable, (250_000m, 225_000m), (250_000m, 225_000m), (250_000m, null))
            .Benefit("training-hours", BenefitCategory.NonFinancial, b => b with { VarianceNote = "course moved to Q3" }, (100m, 20m))
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "realized-share", "benefits-validated", "variance-notes");
        // Periods without an actual are not yet due; non-financial benefits have no dollars to add.
        GateAssert.Clause(evaluation, "realized-share", "90% ($450k of $500k)", "≥ 80% ($400k)");
        GateAssert.Clause(evaluation, "benefits-validated", "2 of 2 benefits validated", "all validated by their owner");
        GateAssert.Clause(evaluation, "variance-notes", "none unexplained", "a note below 50% of plan");
    }

    [Fact]
    public void Gate9To10_BelowRealizedShare_NeedsEvidenceWithMoneyMissing()
    {
        var evaluation = GateSnapshot.For("gate-9-10")
            .Benefit("licence-savings", BenefitCategory.Cashable, (600_000m, 360_000m), (600_000m, 360_000m))
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "realized-share", "60% ($720k of $1.2M)", "≥ 80% ($960k)", "needs $240k more validated benefit");
    }

    [Fact]
    public void Gate9To10_CostAvoidance_CountsAtDiscount()
    {
        // 500k cashable + 400k cost avoidance at 50% = 700k realized against a 1M plan.
        var snapshot = GateSnapshot.For("gate-9-10")
            .Benefit("licence-savings", BenefitCategory.Cashable, (600_000m, 500_000m))
            .Benefit("avoided-rework", BenefitCategory.CostAvoidance, (400_000m, 400_000m));

        GateAssert.Clause(snapshot.Evaluate(), "realized-share", "70% ($700k of $1M)", "≥ 80% ($800k)", "needs $100k more validated benefit");

        var fullWeight = snapshot.Thresholds(new GateThresholds { CostAvoidanceDiscount = 1m }).Evaluate();
        GateAssert.Clause(fullWeight, "realized-share", "90% ($900k of $1M)", "≥ 80% ($800k)");
    }

    [Fact]
    public void Gate9To10_UnvalidatedBenefits_NeedEvidenceAndDoNotCountAsRealized()
    {
        var evaluation = GateSnapshot.For("gate-9-10")
            .Benefit("licence-savings", BenefitCategory.Cashable, b => b with { ValidatedBy = null }, (500_000m, 500_000m))
            .Benefit("cycle-time", BenefitCategory.NonCashable, b => b with { ValidatedBy = "Lee Chen" }, (100_000m, 100_000m))
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "realized-share", "0% ($0 of $600k)", "≥ 80% ($480k)", "needs $480k more validated benefit");
        GateAssert.Clause(evaluation, "benefits-validated", "0 of 2 benefits validated", "all validated by their owner",
            "Ana Ruiz to validate licence-savings; Ana Ruiz to validate cycle-time (validated by Lee Chen, not its owner)");
    }

    [Fact]
    public void Gate9To10_FarBelowPlanWithoutNote_NeedsVarianceNote()
    {
        var evaluation = GateSnapshot.For("gate-9-10")
            .Benefit("licence-savings", BenefitCategory.Cashable, (900_000m, 900_000m))
            .Benefit("training-savings", BenefitCategory.Cashable, (100_000m, 30_000m))
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "realized-share", "93% ($930k of $1M)", "≥ 80% ($800k)");
        GateAssert.Clause(evaluation, "variance-notes", "1 benefit under 50% without a note", "a note below 50% of plan",
            "a variance note for training-savings (30% of plan to date)");
    }

    [Fact]
    public void Gate9To10_NoActualsYet_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-9-10").Benefit("licence-savings", BenefitCategory.Cashable, (500_000m, null)).Evaluate();

        GateAssert.Clause(evaluation, "realized-share", "no plan to date", "≥ 80% ($0)", "record actuals for the benefits' elapsed periods");
    }
}
