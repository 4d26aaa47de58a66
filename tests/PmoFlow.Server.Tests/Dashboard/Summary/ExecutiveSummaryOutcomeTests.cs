using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Summary;
using PmoFlow.Server.Tests.Dashboard.Support;

namespace PmoFlow.Server.Tests.Dashboard.Summary;

/// <summary>The executive summary beyond money: customers, KPIs and the flywheel, each linked to its records.</summary>
public sealed class ExecutiveSummaryOutcomeTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Customers_ScoreThisFiscalYearsResponses_LinkedByCustomerGroup()
    {
        var data = new ScorecardDataBuilder()
            .Service("a")
            .Survey("r1", "executives", Now.AddDays(-10), nps: 9)
            .Survey("r2", "executives", Now.AddDays(-40), nps: 10)
            .Survey("r3", "project managers", Now.AddDays(-100), csat: 4, nps: 6)
            .Survey("r4", "project managers", Now.AddDays(-3), csat: 5)
            .Survey("r5", "project managers", Now.AddDays(-2), csat: 3)
            // Last fiscal year: not this year's voice.
            .Survey("r6", "executives", new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero), csat: 1, nps: 0)
            .Build();

        var figure = Figure(Calculator().Compute(data), "customers-fiscal-year");

        // NPS: 2 promoters, 1 detractor of 3 answers = 33.3; CSAT (4 + 5 + 3) / 3 = 4.
        Assert.Equal("NPS 33", figure.Headline);
        Assert.Equal("Customers this fiscal year: NPS 33 (target 20) from 3 answers and CSAT 4 of 5 from 3 answers, across 2 customer groups.", figure.Statement);
        Assert.Equal(["/dashboard/scorecard#group-executives", "/dashboard/scorecard#group-project~20~managers"], figure.Evidence.Select(e => e.Href));
        Assert.Equal(["executives: 2 responses (NPS 100 from 2)", "project managers: 3 responses (CSAT 4 from 3, NPS -100 from 1)"], figure.Evidence.Select(e => e.Label));
    }

    [Fact]
    public void Customers_BelowTheMinimumAnswers_SaysSoInsteadOfAScore()
    {
        var data = new ScorecardDataBuilder().Service("a")
            .Survey("r1", "executives", Now.AddDays(-1), csat: 5, nps: 10)
            .Survey("r2", "sponsors", Now.AddDays(-2), csat: 4)
            .Build();

        var figure = Figure(Calculator().Compute(data), "customers-fiscal-year");

        Assert.Equal("Customers this fiscal year: NPS not yet reported (1 answer; 3 needed) and CSAT not yet reported (2 answers; 3 needed), across 2 customer groups.", figure.Statement);
        Assert.Equal("2 answers", figure.Headline);
    }

    [Fact]
    public void Kpis_CountLatestObservationsAtTarget_InTheirGoodDirection_LinkingEachObservation()
    {
        var data = new ScorecardDataBuilder()
            .Service("a")
            .Kpi("adoption", GoodDirection.HigherIsBetter, 80, (Now.AddDays(-20), 70, null), (Now.AddDays(-5), 85, "https://pmo.example/adoption"))
            .Kpi("cycle", GoodDirection.LowerIsBetter, 5, (Now.AddDays(-3), 6, "javascript:alert(1)"))
            .Kpi("unmeasured", GoodDirection.HigherIsBetter, 10)
            .Kpi("untargeted", GoodDirection.HigherIsBetter, null, (Now.AddDays(-1), 3, null))
            .Build();

        var figure = Figure(Calculator().Compute(data), "kpis-on-target");

        Assert.Equal("1 of 2", figure.Headline);
        Assert.Equal("1 of 2 measured KPIs is at or past target; 1 KPI with a target has no observation yet.", figure.Statement);
        Assert.Equal(["/dashboard/services/a#observation-adoption.2", "/dashboard/services/a#observation-cycle.1"], figure.Evidence.Select(e => e.Href));
        Assert.Equal(["https://pmo.example/adoption", null], figure.Evidence.Select(e => e.Source));
        Assert.Equal("kpi-cycle · Service a: 6% against a target of 5%, short of target", figure.Evidence[1].Label);
    }

    [Fact]
    public void Flywheel_CountsServicesByGateState_LinkingEveryServiceThatIsNotReady()
    {
        var data = new ScorecardDataBuilder()
            .Service("ready", FlywheelStep.ServiceOperation, GateOutcome.Ready)
            .Service("short", FlywheelStep.ServiceOnboarding, GateOutcome.NeedsEvidence)
            .Service("short-too", FlywheelStep.ValueDelivery, GateOutcome.NeedsEvidence)
            .Service("blocked", FlywheelStep.ValueProposition, GateOutcome.Blocked)
            .Service("waived", FlywheelStep.ServiceMonitoring, GateOutcome.Ready, waiverId: "w1")
            .Service("asked", FlywheelStep.ValueRecognition, outcome: null, pendingApprovals: 1)
            .Build();

        var figure = Figure(Calculator().Compute(data), "flywheel");

        Assert.Equal("6 services", figure.Headline);
        Assert.Equal("6 services on the flywheel: 1 ready to advance, 1 passing on a waiver, 1 needs an approval, 2 need evidence, 1 blocked; 2 in Realization (Value Delivery or Value Recognition).",
            figure.Statement);
        Assert.Equal(["/dashboard/services/short", "/dashboard/services/short-too", "/dashboard/services/blocked", "/dashboard/services/waived", "/dashboard/services/asked"],
            figure.Evidence.Select(e => e.Href));
        Assert.Equal("Service asked: Needs approval at gate-10-1 (step 10 Value Recognition)", figure.Evidence[^1].Label);
    }

    private static ExecutiveSummaryCalculator Calculator() => new(new PmoCalendar(new FixedClock(Now)), new DashboardLinks(""));

    private static SummaryFigure Figure(ExecutiveSummary summary, string key) => Assert.Single(summary.Figures, f => f.Key == key);
}
