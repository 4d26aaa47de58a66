using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate8To9RuleTests
{
    private static GateSnapshot WithCycleTime(decimal previous, decimal latest) =>
        GateSnapshot.For("gate-8-9")
            .Kpi("adoption", k => k with { Target = 80m }).Observe("adoption", 70, daysAgo: 40).Observe("adoption", 85, daysAgo: 5)
            .Kpi("cycle-time", k => k with { Unit = "days", GoodDirection = GoodDirection.LowerIsBetter, Target = 10m })
            .Observe("cycle-time", previous, daysAgo: 40).Observe("cycle-time", latest, daysAgo: 5);

    [Fact]
    public void Gate8To9_AllOnTarget_ReadyWithoutWarning()
    {
        var evaluation = WithCycleTime(14, 9).Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "kpi-targets");
        GateAssert.Clause(evaluation, "kpi-targets", "2 of 2 targeted KPIs on target or improving", "all on target or improving");
    }

    [Fact]
    public void Gate8To9_OffTargetButImproving_ReadyWithWarning()
    {
        var evaluation = WithCycleTime(14, 12).Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        var warning = Assert.Single(evaluation.Clauses, c => c.Severity == ClauseSeverity.Warning);
        Assert.Equal(("kpi-off-target", "cycle-time 12 days (was 14 days), target ≤ 10 days", "on target", false),
            (warning.Name, warning.Observed, warning.Threshold, warning.Passed));
    }

    [Fact]
    public void Gate8To9_OffTargetAndWorsening_NeedsEvidence()
    {
        var evaluation = WithCycleTime(10, 12)
            .Kpi("csat", k => k with { Unit = "", Target = 4m })
            .Kpi("tickets", k => k with { Target = null })   // no target: not judged here
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "kpi-targets", "1 of 3 targeted KPIs on target or improving", "all on target or improving",
            "cycle-time to reach ≤ 10 days or improve on 12 days; csat has no observation (target ≥ 4)");
    }

    [Fact]
    public void Gate8To9_NoTargets_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-8-9").Kpi("adoption", k => k with { Target = null }).Evaluate();

        GateAssert.Clause(evaluation, "kpi-targets", "no KPI has a target", "all on target or improving", "set a target on the service's KPIs");
    }
}
