using PmoFlow.Core.Approvals;
using PmoFlow.Core.Gates;

namespace PmoFlow.Core.Tests.Gates.BuiltIn;

public sealed class Gate3To4RuleTests
{
    private static GateSnapshot CompleteCriteria() =>
        GateSnapshot.For("gate-3-4").Kpi("adoption").Kpi("cycle-time");

    [Fact]
    public void Gate3To4_CompleteCriteriaAndSponsorApproved_Ready()
    {
        var evaluation = CompleteCriteria().Approval(ApprovalStatus.Approved).Evaluate();

        Assert.Equal(GateOutcome.Ready, evaluation.Outcome);
        GateAssert.Names(evaluation, "kpis-defined", "success-criteria", "sponsor-approval");
        GateAssert.Clause(evaluation, "kpis-defined", "2 KPIs", "≥ 1 KPI");
        GateAssert.Clause(evaluation, "success-criteria", "2 of 2 complete", "all complete");
        GateAssert.Clause(evaluation, "sponsor-approval", "approved by Dana Lee (sponsor) on 2026-06-29", "approved by sponsor");
    }

    [Fact]
    public void Gate3To4_IncompleteCriteria_NeedsEvidenceNamingWhatEachKpiLacks()
    {
        var evaluation = GateSnapshot.For("gate-3-4")
            .Kpi("adoption", k => k with { Baseline = null, Owner = null })
            .Kpi("cycle-time", k => k with { TargetDate = null })
            .Kpi("csat")
            .Approval(ApprovalStatus.Approved)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "success-criteria", "1 of 3 complete", "all complete",
            "adoption lacks baseline, owner; cycle-time lacks target date");
    }

    [Fact]
    public void Gate3To4_NoKpis_NeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-3-4").Approval(ApprovalStatus.Approved).Evaluate();

        Assert.Equal(GateOutcome.NeedsEvidence, evaluation.Outcome);
        GateAssert.Clause(evaluation, "kpis-defined", "0 KPIs", "≥ 1 KPI", "define at least one KPI with metric, baseline, target, date and owner");
        GateAssert.Clause(evaluation, "success-criteria", "0 of 0 complete", "all complete");
    }

    [Fact]
    public void Gate3To4_ApprovalPending_NeedsApproval()
    {
        var evaluation = CompleteCriteria().Approval(ApprovalStatus.Pending).Evaluate();

        Assert.Equal(GateOutcome.NeedsApproval, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor-approval", "pending with sponsor since 2026-06-27, due 2026-07-02", "approved by sponsor",
            "sponsor decision on gate-3-4 (requested 2026-06-27, due 2026-07-02)", GateOutcome.NeedsApproval);
    }

    [Fact]
    public void Gate3To4_ApprovalOverdue_SaysSinceWhen()
    {
        var evaluation = CompleteCriteria().Approval(ApprovalStatus.Pending, requestedDaysAgo: 8, dueInDays: -3).Evaluate();

        GateAssert.Clause(evaluation, "sponsor-approval", "pending with sponsor since 2026-06-22, overdue since 2026-06-27", "approved by sponsor",
            "sponsor decision on gate-3-4 (requested 2026-06-22, overdue since 2026-06-27)", GateOutcome.NeedsApproval);
    }

    [Fact]
    public void Gate3To4_NoApprovalThisStep_NeedsApproval()
    {
        // An approval from before the service re-entered the step belongs to an earlier turn.
        var evaluation = CompleteCriteria().Approval(ApprovalStatus.Approved, requestedDaysAgo: 45).Evaluate();

        Assert.Equal(GateOutcome.NeedsApproval, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor-approval", "not requested", "approved by sponsor",
            "request gate-3-4 approval from sponsor", GateOutcome.NeedsApproval);
    }

    [Fact]
    public void Gate3To4_ApprovalRejected_BlockedWithDeciderAndComment()
    {
        var evaluation = CompleteCriteria().Approval(ApprovalStatus.Rejected, "Targets too vague").Evaluate();

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
        GateAssert.Clause(evaluation, "sponsor-approval", "rejected by Dana Lee (sponsor) on 2026-06-29: Targets too vague", "approved by sponsor",
            "address Dana Lee's rejection (Targets too vague), then ask sponsor again", GateOutcome.Blocked);
    }

    [Fact]
    public void Gate3To4_RejectedAndIncomplete_BlockedOutranksNeedsEvidence()
    {
        var evaluation = GateSnapshot.For("gate-3-4").Kpi("adoption", k => k with { Target = null })
            .Approval(ApprovalStatus.Rejected).Evaluate();

        Assert.Equal(GateOutcome.Blocked, evaluation.Outcome);
    }

    [Fact]
    public void Gate3To4_LatestApprovalDecides()
    {
        var evaluation = CompleteCriteria()
            .Approval(ApprovalStatus.Rejected, "Targets too vague", requestedDaysAgo: 10)
            .Approval(ApprovalStatus.Pending, requestedDaysAgo: 2)
            .Evaluate();

        Assert.Equal(GateOutcome.NeedsApproval, evaluation.Outcome);
    }
}
