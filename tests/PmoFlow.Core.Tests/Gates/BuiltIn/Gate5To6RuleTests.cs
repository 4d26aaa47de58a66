using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate5To6RuleTests
{
    private static GateSnapshot Onboarded(decimal users) =>
        GateSnapshot.For("gate-5-6").Kpi("onboarded-users", k => k with { Unit = "users" })
            .Observe("onboarded-users", 20, daysAgo: 10).Observe("onboarded-users", users, daysAgo: 1);

    [Fact]
    public void Gate5To6_EnoughUsersAndSatisfied_Ready()
    {
        var evaluation = Onboarded(45).Csat(5, 4, 4).Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "onboarded-share", "onboarding-csat");
        GateAssert.Clause(evaluation, "onboarded-share", "75% (45 of 60)", "≥ 70% (42 of 60)");
        GateAssert.Clause(evaluation, "onboarding-csat", "4.33/5 from 3 answers", "≥ 4/5 from ≥ 3 answers");
    }

    [Fact]
    public void Gate5To6_BelowOnboardingShare_NeedsEvidenceWithUsersMissing()
    {
        var evaluation = Onboarded(35).Csat(5, 4, 4).Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "onboarded-share", "58% (35 of 60)", "≥ 70% (42 of 60)", "7 more users onboarded (42 of 60)");
        Assert.Equal(["7 more users onboarded (42 of 60)"], evaluation.WhatWouldPass);
    }

    [Fact]
    public void Gate5To6_ExactlyAtShare_Passes()
    {
        GateAssert.Clause(Onboarded(42).Csat(4, 4, 4).Evaluate(), "onboarded-share", "70% (42 of 60)", "≥ 70% (42 of 60)");
    }

    [Fact]
    public void Gate5To6_NoOnboardedObservation_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-5-6").Csat(5, 5, 5).Evaluate();

        GateAssert.Clause(evaluation, "onboarded-share", "no onboarded-users observation", "≥ 70% (42 of 60)",
            "record an onboarded-users observation (42 of 60 needed)");
    }

    [Fact]
    public void Gate5To6_NoTargetUsers_NeedsEvidence()
    {
        var evaluation = Onboarded(10).TargetUsers(0).Csat(5, 5, 5).Evaluate();

        GateAssert.Clause(evaluation, "onboarded-share", "target users not set", "≥ 70% (0 of 0)", "set the service's target users");
    }

    [Fact]
    public void Gate5To6_TooFewCsatAnswers_NeedsEvidenceEvenWhenScoreIsHigh()
    {
        var evaluation = Onboarded(50).Csat(5, 5).Survey("users", csat: 5, daysAgo: 45).Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "onboarding-csat", "5/5 from 2 answers", "≥ 4/5 from ≥ 3 answers", "1 more onboarding CSAT answer (2 of 3)");
    }

    [Fact]
    public void Gate5To6_LowCsat_NeedsEvidence()
    {
        var evaluation = Onboarded(50).Csat(4, 3, 4).Evaluate();

        GateAssert.Clause(evaluation, "onboarding-csat", "3.67/5 from 3 answers", "≥ 4/5 from ≥ 3 answers", "onboarding CSAT up from 3.67 to 4/5");
    }

    [Fact]
    public void Gate5To6_NoCsatAnswers_NeedsEvidence()
    {
        GateAssert.Clause(Onboarded(50).Evaluate(), "onboarding-csat", "no answers", "≥ 4/5 from ≥ 3 answers", "3 more onboarding CSAT answers (0 of 3)");
    }

    [Fact]
    public void Gate5To6_OrganizationThresholds_AreUsed()
    {
        var evaluation = Onboarded(45).Csat(5, 4).Thresholds(new GateThresholds { OnboardedShare = 0.8m, MinimumResponses = 2 }).Evaluate();

        GateAssert.Clause(evaluation, "onboarded-share", "75% (45 of 60)", "≥ 80% (48 of 60)", "3 more users onboarded (48 of 60)");
        GateAssert.Clause(evaluation, "onboarding-csat", "4.5/5 from 2 answers", "≥ 4/5 from ≥ 2 answers");
    }
}
