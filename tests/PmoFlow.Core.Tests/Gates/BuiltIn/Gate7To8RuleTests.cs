using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate7To8RuleTests
{
    [Fact]
    public void Gate7To8_TwoCurrentObservationsPerKpi_Ready()
    {
        var evaluation = GateSnapshot.For("gate-7-8").Kpi("adoption").Kpi("csat")
            .Observe("adoption", 40, daysAgo: 60).Observe("adoption", 55, daysAgo: 10)
            .Observe("csat", 3, daysAgo: 100).Observe("csat", 4, daysAgo: 90)   // exactly 90 days old still counts
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "kpi-trend", "kpi-freshness");
        GateAssert.Clause(evaluation, "kpi-trend", "2 of 2 KPIs with a trend", "≥ 2 observations per KPI");
        GateAssert.Clause(evaluation, "kpi-freshness", "2 of 2 KPIs current", "≤ 90 days old");
    }

    [Fact]
    public void Gate7To8_StaleAndSinglePointKpis_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-7-8").Kpi("adoption").Kpi("csat").Kpi("cycle-time")
            .Observe("adoption", 40, daysAgo: 200).Observe("adoption", 55, daysAgo: 120)
            .Observe("csat", 4, daysAgo: 5)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "kpi-trend", "1 of 3 KPIs with a trend", "≥ 2 observations per KPI",
            "csat needs 1 more observation; cycle-time needs 2 more observations");
        GateAssert.Clause(evaluation, "kpi-freshness", "1 of 3 KPIs current", "≤ 90 days old",
            "a current observation of adoption (latest 2026-03-02, 120 days old), cycle-time (never observed)");
    }

    [Fact]
    public void Gate7To8_OrganizationMaxAge_IsUsed()
    {
        var evaluation = GateSnapshot.For("gate-7-8").Kpi("adoption")
            .Observe("adoption", 40, daysAgo: 60).Observe("adoption", 55, daysAgo: 40)
            .Thresholds(new GateThresholds { ObservationMaxAge = TimeSpan.FromDays(30) })
            .Evaluate();

        GateAssert.Clause(evaluation, "kpi-freshness", "0 of 1 KPI current", "≤ 30 days old",
            "a current observation of adoption (latest 2026-05-21, 40 days old)");
    }

    [Fact]
    public void Gate7To8_NoKpis_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-7-8").Evaluate();

        GateAssert.Clause(evaluation, "kpi-trend", "no KPIs", "≥ 2 observations per KPI", "define the service's KPIs and observe each twice");
        GateAssert.Clause(evaluation, "kpi-freshness", "no KPIs", "≤ 90 days old", "define the service's KPIs and observe each");
    }
}
