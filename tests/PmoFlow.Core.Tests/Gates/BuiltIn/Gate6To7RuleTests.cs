using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate6To7RuleTests
{
    [Fact]
    public void Gate6To7_EveryKpiObserved_Ready()
    {
        var evaluation = GateSnapshot.For("gate-6-7").Kpi("adoption").Kpi("csat")
            .Observe("adoption", 40, daysAgo: 3).Observe("csat", 4, daysAgo: 2)
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Clause(evaluation, "kpis-observed", "2 of 2 KPIs observed", "all KPIs observed");
    }

    [Fact]
    public void Gate6To7_UnobservedKpis_NeedsEvidenceNamingThem()
    {
        var evaluation = GateSnapshot.For("gate-6-7").Kpi("adoption").Kpi("csat").Kpi("cycle-time")
            .Observe("adoption", 40, daysAgo: 3)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "kpis-observed", "1 of 3 KPIs observed", "all KPIs observed", "record an observation of csat, cycle-time");
    }

    [Fact]
    public void Gate6To7_NoKpis_NeedsEvidence()
    {
        GateAssert.Clause(GateSnapshot.For("gate-6-7").Evaluate(), "kpis-observed", "no KPIs", "all KPIs observed",
            "define the service's KPIs and record an observation of each");
    }
}
