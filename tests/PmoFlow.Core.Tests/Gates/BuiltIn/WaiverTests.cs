using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class WaiverTests
{
    private static GateSnapshot ShortOfUsers() =>
        GateSnapshot.For("gate-5-6").Kpi("onboarded-users", k => k with { Unit = "users" })
            .Observe("onboarded-users", 35, daysAgo: 1).Csat(5, 4, 4);

    [Fact]
    public void Evaluate_ActiveWaiver_ReadyAndRecordsWhatWasWaived()
    {
        var evaluation = ShortOfUsers().Waiver("launch date fixed by the COO").Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        Assert.Equal("wvr-1", evaluation.WaiverId);
        GateAssert.Names(evaluation, "onboarded-share", "onboarding-csat", "waiver");
        GateAssert.Clause(evaluation, "onboarded-share", "58% (35 of 60)", "≥ 70% (42 of 60)", "7 more users onboarded (42 of 60)");
        var waiver = evaluation.Clauses[^1];
        Assert.Equal((ClauseSeverity.Warning, false, "waived by Sam Patel (pmo-director) until 2026-07-14: launch date fixed by the COO", "no waiver"),
            (waiver.Severity, waiver.Passed, waiver.Observed, waiver.Threshold));
        Assert.Contains("\"waiver\":{\"id\":\"wvr-1\"", evaluation.InputSnapshot, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExpiredWaiver_IsIgnored()
    {
        var evaluation = ShortOfUsers().Waiver("launch date fixed by the COO", daysLeft: -1).Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Null(evaluation.WaiverId);
        Assert.DoesNotContain(evaluation.Clauses, c => c.Name == "waiver");
    }
}
