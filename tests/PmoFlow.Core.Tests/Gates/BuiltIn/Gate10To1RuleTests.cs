using PmoFlow.Core.Approvals;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate10To1RuleTests
{
    [Fact]
    public void Gate10To1_ReportedRecognizedAcknowledged_Ready()
    {
        var evaluation = GateSnapshot.For("gate-10-1")
            .ValueStatement("$2M validated cost avoidance this turn")
            .Nps(10, 9, 9, 7)
            .Approval(ApprovalStatus.Approved)
            .Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "value-report", "nps", "sponsor-acknowledgement");
        GateAssert.Clause(evaluation, "value-report", "1 value statement published, latest 2026-06-28", "≥ 1 value statement this step");
        GateAssert.Clause(evaluation, "nps", "75 from 4 answers", "≥ 20 from ≥ 3 answers");
        GateAssert.Clause(evaluation, "sponsor-acknowledgement", "approved by Dana Lee (sponsor) on 2026-06-29", "approved by sponsor");
    }

    [Fact]
    public void Gate10To1_NoReportAndLowNps_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-10-1")
            .ValueStatement("last turn's report", daysAgo: 40)
            .Nps(10, 6, 5, 8)
            .Approval(ApprovalStatus.Pending)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "value-report", "none published", "≥ 1 value statement this step",
            "publish a value statement on the service, linked to its evidence");
        GateAssert.Clause(evaluation, "nps", "-25 from 4 answers", "≥ 20 from ≥ 3 answers", "NPS up from -25 to 20");
        GateAssert.Clause(evaluation, "sponsor-acknowledgement", "pending with sponsor since 2026-06-27, due 2026-07-02", "approved by sponsor",
            "sponsor decision on gate-10-1 (requested 2026-06-27, due 2026-07-02)", GateOutcome.NeedsApproval);
    }

    [Fact]
    public void Gate10To1_TooFewNpsAnswers_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-10-1").ValueStatement("report").Nps(10).Approval(ApprovalStatus.Approved).Evaluate();

        GateAssert.Clause(evaluation, "nps", "100 from 1 answer", "≥ 20 from ≥ 3 answers", "2 more NPS answers (1 of 3)");
    }

    [Fact]
    public void Gate10To1_OnlyAcknowledgementPending_NeedsApproval()
    {
        var evaluation = GateSnapshot.For("gate-10-1").ValueStatement("report").Nps(10, 9, 8).Evaluate();

        Assert.Equal(GateOutcome.NeedsApproval, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor-acknowledgement", "not requested", "approved by sponsor",
            "request gate-10-1 approval from sponsor", GateOutcome.NeedsApproval);
    }

    [Fact]
    public void Gate10To1_AcknowledgementRejected_Blocked()
    {
        var evaluation = GateSnapshot.For("gate-10-1").ValueStatement("report").Nps(10, 9, 8)
            .Approval(ApprovalStatus.Rejected, "Savings not in the ledger").Evaluate();

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor-acknowledgement", "rejected by Dana Lee (sponsor) on 2026-06-29: Savings not in the ledger", "approved by sponsor",
            "address Dana Lee's rejection (Savings not in the ledger), then ask sponsor again", GateOutcome.Blocked);
    }
}
