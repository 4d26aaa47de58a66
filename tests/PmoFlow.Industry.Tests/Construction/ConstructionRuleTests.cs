using PmoFlow.Core.Gates;
using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.Construction;

[Collection(PluginHostCollection.Name)]
public sealed class ConstructionRuleTests(PluginHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly PluginRulePack _pack = host.RulePack(IndustryPlugins.Construction);

    [Fact]
    public void Pack_Compiles_AndDecidesTheValueDeliveryGates()
    {
        Assert.True(_pack.Evaluator.Handles("gate-8-9"), _pack.Log.ToString());
        Assert.True(_pack.Evaluator.Handles("gate-9-10"));
        Assert.False(_pack.Evaluator.Handles("gate-3-4"));
    }

    [Fact]
    public void EarnedValue_OnScheduleAndBudget_Passes()
    {
        var evaluation = _pack.Evaluate(Service("gate-8-9")
            .Observe("planned-value", 2_000_000m, daysAgo: 10).Observe("earned-value", 1_960_000m, daysAgo: 10)
            .Observe("actual-cost", 2_020_000m, daysAgo: 10).Observe("budget-at-completion", 10_000_000m, daysAgo: 10)
            .Observe("recordable-incidents", 1).Observe("lost-time-injuries", 0).Observe("hours-worked", 310_000m).Build());

        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("0.98 (EV $2M of PV $2M)", evaluation.Clause("spi").Observed);
        Assert.Equal("0.97 (EV $2M for AC $2M)", evaluation.Clause("cpi").Observed);
        Assert.Equal("≥ 0.95", evaluation.Clause("cpi").Threshold);
        Assert.Equal("0.65 (1 recordable incident in 310,000 hours)", evaluation.Clause("trir").Observed);
        Assert.DoesNotContain(evaluation.Clauses, c => c.Name == "tcpi");
    }

    [Fact]
    public void EarnedValue_BehindSchedule_BlocksWithTheValueToEarn()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-8-9"))
            .Observe("planned-value", 2_000_000m).Observe("earned-value", 1_820_000m).Observe("actual-cost", 1_850_000m).Build());

        var spi = evaluation.Clause("spi");
        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.False(spi.Passed);
        Assert.Equal(GateOutcome.Blocked, spi.Kind);
        Assert.Equal("0.91 (EV $1.8M of PV $2M)", spi.Observed);
        Assert.Equal("earn $80k more value against the schedule (EV $1.9M of PV $2M)", spi.Missing);
        Assert.True(evaluation.Clause("cpi").Passed);
        Assert.Equal([spi.Missing!], evaluation.WhatWouldPass);
    }

    [Fact]
    public void EarnedValue_OverBudget_BlocksAndWarnsThatTheBudgetWillNotHold()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-9-10"))
            .Observe("planned-value", 2_000_000m).Observe("earned-value", 2_000_000m).Observe("actual-cost", 2_250_000m)
            .Observe("budget-at-completion", 8_000_000m).Build());

        var cpi = evaluation.Clause("cpi");
        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.Equal("0.88 (EV $2M for AC $2.3M)", cpi.Observed);
        Assert.Equal("earn $137.5k more value without further cost (EV $2.2M for AC $2.3M)", cpi.Missing);
        var tcpi = evaluation.Clause("tcpi");
        Assert.Equal(ClauseSeverity.Warning, tcpi.Severity);
        Assert.Equal("TCPI 1.05 against CPI 0.88: the budget at completion $8M is unlikely to hold", tcpi.Observed);
    }

    [Fact]
    public void EarnedValue_JustUnderTheMinimum_NeverPrintsAsMeetingIt()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-8-9"))
            .Observe("planned-value", 1_000_000m).Observe("earned-value", 949_900m).Observe("actual-cost", 900_000m).Build());

        Assert.False(evaluation.Clause("spi").Passed);
        Assert.StartsWith("0.94 ", evaluation.Clause("spi").Observed, StringComparison.Ordinal);
        Assert.Equal("earn $100 more value against the schedule (EV $950k of PV $1M)", evaluation.Clause("spi").Missing);
    }

    [Fact]
    public void EarnedValue_StatusDateOlderThanAMonth_NeedsACurrentOne()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-8-9"))
            .Observe("planned-value", 2_000_000m, daysAgo: 45).Observe("earned-value", 2_000_000m, daysAgo: 45).Observe("actual-cost", 1_900_000m, daysAgo: 45).Build());

        var status = evaluation.Clause("status-date");
        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("status date 2026-04-17 (45 days ago)", status.Observed);
        Assert.Equal("within 31 days", status.Threshold);
        Assert.Equal("report earned value for a status date after 2026-05-01", status.Missing);
    }

    [Fact]
    public void EarnedValue_OnlyReportedIndices_DecideWithoutMoney()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-8-9")).Observe("spi", 0.93m).Observe("cpi", 1.01m).Build());

        Assert.Equal("0.93 (reported)", evaluation.Clause("spi").Observed);
        Assert.Equal("SPI up from 0.93 to 0.95 (record planned-value and earned-value to see the shortfall in money)", evaluation.Clause("spi").Missing);
        Assert.True(evaluation.Clause("cpi").Passed);
        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
    }

    [Fact]
    public void EarnedValue_NoData_NeedsEvidence()
    {
        var evaluation = _pack.Evaluate(Hse(Service("gate-8-9")).Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("no earned value data", evaluation.Clause("spi").Observed);
        Assert.Equal("record planned-value, earned-value and actual-cost for a status date (or the spi and cpi it gives)", evaluation.Clause("cpi").Missing);
    }

    [Fact]
    public void HseRates_TrirAboveTheLimit_BlocksWithTheIncidentFreeHoursThatWouldBringItDown()
    {
        var evaluation = _pack.Evaluate(OnTrack(Service("gate-9-10"))
            .Observe("recordable-incidents", 5).Observe("lost-time-injuries", 0).Observe("hours-worked", 455_000m).Build());

        var trir = evaluation.Clause("trir");
        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.Equal("2.2 (5 recordable incidents in 455,000 hours)", trir.Observed);
        Assert.Equal("≤ 2 per 200k hours", trir.Threshold);
        Assert.Equal("TRIR down to 2: 45,000 more hours worked without a recordable incident (at 5 recordable incidents so far)", trir.Missing);
        Assert.Equal("0 (0 lost-time injuries in 455,000 hours)", evaluation.Clause("ltifr").Observed);
    }

    [Fact]
    public void HseRates_LtifrFromALowerLimit_Blocks()
    {
        using var strict = new PluginRulePack(host.Plugin(IndustryPlugins.Construction), new Dictionary<string, decimal> { ["hse.ltifr.max"] = 0.5m });

        var evaluation = strict.Evaluate(OnTrack(Service("gate-8-9"))
            .Observe("recordable-incidents", 2).Observe("lost-time-injuries", 1).Observe("hours-worked", 1_250_000m).Build());

        Assert.Equal("0.8 (1 lost-time injury in 1,250,000 hours)", evaluation.Clause("ltifr").Observed);
        Assert.Equal("LTIFR down to 0.5: 750,000 more hours worked without a lost-time injury (at 1 lost-time injury so far)", evaluation.Clause("ltifr").Missing);
        Assert.True(evaluation.Clause("trir").Passed);
    }

    [Fact]
    public void HseRates_NothingRecorded_NeedsEvidence()
    {
        var evaluation = _pack.Evaluate(OnTrack(Service("gate-8-9")).Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("record recordable-incidents and hours-worked to date (or the trir they give)", evaluation.Clause("trir").Missing);
    }

    private ServiceData Service(string gate) => new(IndustryPlugins.Construction, host.Plugin(IndustryPlugins.Construction).Profile!, gate, Now);

    private static ServiceData Hse(ServiceData data) =>
        data.Observe("recordable-incidents", 1).Observe("lost-time-injuries", 0).Observe("hours-worked", 310_000m);

    private static ServiceData OnTrack(ServiceData data) =>
        data.Observe("planned-value", 2_000_000m).Observe("earned-value", 2_000_000m).Observe("actual-cost", 1_950_000m);
}
