using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class WorkQueueTests
{
    [Fact]
    public async Task PendingWork_OldestFirst_BoundedByMax_CompletedById()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Other"), "t");
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        await db.Pmo.QueueWorkAsync("s1", "manual");

        var all = await db.Pmo.ListPendingWorkAsync(10);
        Assert.Equal([("s1", "service.created"), ("s2", "service.created"), ("s1", "manual")], all.Select(w => (w.ServiceId, w.Reason)));
        Assert.Equal(Sample.T0.AddMinutes(5), all[2].CreatedAt);
        Assert.Equal(2, (await db.Pmo.ListPendingWorkAsync(2)).Count);

        await db.Pmo.CompleteWorkAsync(all[0].Id);
        var missing = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.CompleteWorkAsync(all[0].Id));

        Assert.Equal([all[1].Id, all[2].Id], (await db.Pmo.ListPendingWorkAsync(10)).Select(w => w.Id));
        Assert.Equal(("workId", true), (missing.Field, missing.IsNotFound));
    }

    [Fact]
    public async Task WorkIds_AreNeverReused_SoWorkDoneCannotDeleteALaterItem()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        var first = (await db.Pmo.ListPendingWorkAsync(1))[0];
        await db.Pmo.CompleteWorkAsync(first.Id);

        await db.Pmo.QueueWorkAsync("s1", "manual");
        await EffectsHarness.CommitAsync(db, TestEffects.WorkDone(first.Id));

        var left = Assert.Single(await db.Pmo.ListPendingWorkAsync(10));
        Assert.True(left.Id > first.Id);
    }
}
