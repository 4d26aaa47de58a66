using PmoFlow.Core.Approvals;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class ApprovalTests
{
    private static async Task<SqliteTestDatabase> WithApprovalsAsync()
    {
        var db = new SqliteTestDatabase(withWorkflows: false);
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Other"), "t");
        await EffectsHarness.CommitAsync(db,
            TestEffects.ApprovalRequested(Sample.Approval("a1", "s1", "sponsor", hour: 1)),
            TestEffects.ApprovalRequested(Sample.Approval("a2", "s1", "pmo-director", hour: 2)),
            TestEffects.ApprovalRequested(Sample.Approval("a3", "s2", "Sponsor", hour: 3)));
        return db;
    }

    [Fact]
    public async Task ListApprovals_FiltersByServiceRoleAndStatus_NewestFirst()
    {
        using var db = await WithApprovalsAsync();
        await db.Pmo.DecideApprovalAsync("a1", ApprovalStatus.Approved, "jane", "ok", Sample.T0.AddDays(1));

        Assert.Equal(["a3", "a2", "a1"], (await db.Pmo.ListApprovalsAsync(new ApprovalFilter())).Select(a => a.Id));
        Assert.Equal(["a2", "a1"], (await db.Pmo.ListApprovalsAsync(new ApprovalFilter(ServiceId: "s1"))).Select(a => a.Id));
        Assert.Equal(["a3", "a1"], (await db.Pmo.ListApprovalsAsync(new ApprovalFilter(Role: "SPONSOR"))).Select(a => a.Id));
        Assert.Equal(["a3", "a2"], (await db.Pmo.ListApprovalsAsync(new ApprovalFilter(Status: ApprovalStatus.Pending))).Select(a => a.Id));
        Assert.Equal(Sample.Approval("a2", "s1", "pmo-director", hour: 2), await db.Pmo.FindApprovalAsync("a2"));
        Assert.Null(await db.Pmo.FindApprovalAsync("ghost"));
    }

    [Fact]
    public async Task DecideApproval_RecordsTheDecision_OnceOnly()
    {
        using var db = await WithApprovalsAsync();
        var workBefore = db.Count("pending_work");

        await db.Pmo.DecideApprovalAsync("a1", ApprovalStatus.Rejected, "jane", "no metric owner", Sample.T0.AddDays(1));
        var twice = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.DecideApprovalAsync("a1", ApprovalStatus.Approved, "bob", null, Sample.T0.AddDays(2)));
        var unknown = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.DecideApprovalAsync("ghost", ApprovalStatus.Approved, "bob", null, Sample.T0));
        var pending = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.DecideApprovalAsync("a2", ApprovalStatus.Pending, "bob", null, Sample.T0));

        var decided = await db.Pmo.FindApprovalAsync("a1");
        Assert.Equal((ApprovalStatus.Rejected, "jane", Sample.T0.AddDays(1), "no metric owner"), (decided!.Status, decided.DecidedBy, decided.DecidedAt, decided.Comment));
        Assert.Equal(("approvalId", false), (twice.Field, twice.IsNotFound));
        Assert.Contains("already rejected by jane", twice.Message, StringComparison.Ordinal);
        Assert.Equal(("approvalId", true), (unknown.Field, unknown.IsNotFound));
        Assert.Equal("decision", pending.Field);
        Assert.Equal(workBefore + 1, db.Count("pending_work"));
        Assert.Single(await db.Pmo.ListAuditAsync("s1"), a => a.Action == "approval.decided" && a.Actor == "jane");
    }

    [Fact]
    public async Task Waivers_RoundTrip_AuditedAsTheGrantor()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var waiver = Sample.Waiver();

        await db.Pmo.AddWaiverAsync(waiver);

        Assert.Equal([waiver], await db.Pmo.ListWaiversAsync("s1"));
        Assert.Equal("director-1", (await db.Pmo.ListAuditAsync("s1"))[^1].Actor);
        Assert.Equal("waiver.granted", (await db.Pmo.ListPendingWorkAsync(10))[^1].Reason);
        var unknown = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddWaiverAsync(Sample.Waiver("w2", "ghost")));
        var duplicate = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddWaiverAsync(waiver));
        Assert.Equal(("serviceId", true), (unknown.Field, unknown.IsNotFound));
        Assert.Equal(("id", false), (duplicate.Field, duplicate.IsNotFound));
    }
}
