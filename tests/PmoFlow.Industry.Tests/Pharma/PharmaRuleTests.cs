using PmoFlow.Core.Approvals;
using PmoFlow.Core.Gates;
using PmoFlow.Industry.Tests.Support;

namespace PmoFlow.Industry.Tests.Pharma;

[Collection(PluginHostCollection.Name)]
public sealed class PharmaRuleTests(PluginHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly PluginRulePack _pack = host.RulePack(IndustryPlugins.Pharma);

    [Fact]
    public void Pack_Compiles_AndDecidesGoLiveValueDeliveryAndRecognition()
    {
        Assert.True(_pack.Evaluator.Handles("gate-5-6"), _pack.Log.ToString());
        Assert.True(_pack.Evaluator.Handles("gate-8-9"));
        Assert.True(_pack.Evaluator.Handles("gate-9-10"));
        Assert.False(_pack.Evaluator.Handles("gate-6-7"));
    }

    [Fact]
    public void CsvEvidence_CompleteAndApproved_Passes()
    {
        var evaluation = _pack.Evaluate(Validated(Service("gate-5-6")).Approval("quality-assurance", ApprovalStatus.Approved, "Q. Ahmed").Build());

        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("100% of requirements traced", evaluation.Clause("traceability").Observed);
        Assert.Equal("IQ 100%, OQ 100%, PQ 100%", evaluation.Clause("qualification").Observed);
        Assert.Equal("4 results linked", evaluation.Clause("evidence-links").Observed);
        Assert.Equal("0 deviations open", evaluation.Clause("validation-deviations").Observed);
        Assert.Equal("approved by Q. Ahmed on 2026-05-21", evaluation.Clause("validation-summary-report").Observed);
    }

    [Fact]
    public void CsvEvidence_Incomplete_BlocksValueDeliveryWithEveryGap()
    {
        var evaluation = _pack.Evaluate(Service("gate-8-9")
            .Observe("csv-requirements-traced", 96, evidence: "dms://VAL-0091/RTM")
            .Observe("csv-iq-passed", 100, evidence: "dms://VAL-0091/IQ")
            .Observe("csv-oq-passed", 98)
            .Observe("open-deviations", 2)
            .Approval("quality-assurance", ApprovalStatus.Pending).Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("trace the remaining 4% of requirements to passed tests", evaluation.Clause("traceability").Missing);
        Assert.Equal("IQ 100%, OQ 98%, PQ not recorded", evaluation.Clause("qualification").Observed);
        Assert.Equal("OQ: pass the remaining 2% of test cases or close their deviations; record the PQ result (csv-pq-passed)", evaluation.Clause("qualification").Missing);
        Assert.Equal("1 of 3 results without a link (OQ)", evaluation.Clause("evidence-links").Observed);
        Assert.Equal("link the signed record of the OQ result", evaluation.Clause("evidence-links").Missing);
        Assert.Equal("close 2 deviations (investigation, impact assessment and CAPA assigned)", evaluation.Clause("validation-deviations").Missing);
        var report = evaluation.Clause("validation-summary-report");
        Assert.Equal(GateOutcome.NeedsApproval, report.Kind);
        Assert.Equal("pending since 2026-05-19", report.Observed);
        Assert.Equal("quality-assurance decision on the validation summary report (due 2026-05-24)", report.Missing);
    }

    [Fact]
    public void CsvEvidence_CompleteButNotSubmittedToQa_NeedsApproval()
    {
        var evaluation = _pack.Evaluate(Validated(Service("gate-5-6")).Approval("sponsor", ApprovalStatus.Approved, "Dana Lee").Build());

        Assert.Equal(GateOutcome.NeedsApproval, evaluation.Outcome);
        Assert.Equal(["ask quality-assurance to approve the validation summary report (an approval at gate-5-6)"], evaluation.WhatWouldPass);
    }

    [Fact]
    public void CsvEvidence_SummaryReportRejected_Blocks()
    {
        var evaluation = _pack.Evaluate(Validated(Service("gate-5-6"))
            .Approval("quality-assurance", ApprovalStatus.Rejected, "Q. Ahmed", "OQ deviation DEV-0412 has no impact assessment").Build());

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.Equal("rejected by Q. Ahmed on 2026-05-21: OQ deviation DEV-0412 has no impact assessment", evaluation.Clause("validation-summary-report").Observed);
    }

    [Fact]
    public void QualityMetrics_InControl_Passes()
    {
        var evaluation = _pack.Evaluate(Service("gate-9-10")
            .Observe("deviation-closure-time", 24).Observe("capa-on-time", 94).Observe("right-first-time-batches", 97).Build());

        Assert.True(evaluation.Outcome == GateOutcome.Ready, evaluation.Describe());
        Assert.Equal("24 days", evaluation.Clause("deviation-closure").Observed);
        Assert.Equal("≥ 90%", evaluation.Clause("capa-on-time").Threshold);
        Assert.DoesNotContain(evaluation.Clauses, c => c.Name == "right-first-time");
    }

    [Fact]
    public void QualityMetrics_OutOfControl_BlocksRecognitionAndWarnsOnRightFirstTime()
    {
        var evaluation = _pack.Evaluate(Service("gate-9-10")
            .Observe("deviation-closure-time", 38).Observe("capa-on-time", 85).Observe("right-first-time-batches", 86).Build());

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        Assert.Equal("deviation closure down from 38 to 30 days", evaluation.Clause("deviation-closure").Missing);
        Assert.Equal("CAPAs closed on time up from 85% to 90%", evaluation.Clause("capa-on-time").Missing);
        var rft = evaluation.Clause("right-first-time");
        Assert.Equal(ClauseSeverity.Warning, rft.Severity);
        Assert.Equal("86% right first time", rft.Observed);
    }

    [Fact]
    public void QualityMetrics_FromAnOldReview_NeedCurrentFigures()
    {
        var evaluation = _pack.Evaluate(Service("gate-9-10").Observe("deviation-closure-time", 21).Observe("capa-on-time", 94, daysAgo: 45).Build());

        var capa = evaluation.Clause("capa-on-time");
        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("94%, reported 2026-04-17 (45 days ago)", capa.Observed);
        Assert.Equal("report capa-on-time from a quality review after 2026-05-01", capa.Missing);
    }

    [Fact]
    public void QualityMetrics_NotReported_NeedEvidence()
    {
        var evaluation = _pack.Evaluate(Service("gate-9-10").Build());

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        Assert.Equal("report deviation-closure-time from the monthly quality review", evaluation.Clause("deviation-closure").Missing);
    }

    private ServiceData Service(string gate) => new(IndustryPlugins.Pharma, host.Plugin(IndustryPlugins.Pharma).Profile!, gate, Now);

    private static ServiceData Validated(ServiceData data) => data
        .Observe("csv-requirements-traced", 100, evidence: "dms://VAL-0091/RTM")
        .Observe("csv-iq-passed", 100, evidence: "dms://VAL-0091/IQ")
        .Observe("csv-oq-passed", 100, evidence: "dms://VAL-0091/OQ")
        .Observe("csv-pq-passed", 100, evidence: "dms://VAL-0091/PQ")
        .Observe("open-deviations", 0);
}
