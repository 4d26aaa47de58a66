using PmoFlow.Persistence.Tests.Support;
using PmoFlow.Workflows.Runtime.State;
using static PmoFlow.Persistence.Tests.Support.EffectsHarness;

namespace PmoFlow.Persistence.Tests.Instances;

public sealed class InstanceStoreTests
{
    [Fact]
    public async Task Save_ThenFind_RoundTripsTheStateThroughTheSerializer()
    {
        using var db = new SqliteTestDatabase();
        var state = Instance("i1", "s1", WorkflowStatus.Suspended, Bookmark("b1", "Elsa.Event", "go"));
        state.Root.Variables["counter"] = 3L;
        state.Root.Output["result"] = "done";

        await db.Instances.SaveAsync(state);
        var loaded = await db.Instances.FindAsync("i1");

        Assert.NotNull(loaded);
        Assert.Equal(InstanceStateSerializer.Serialize(state), InstanceStateSerializer.Serialize(loaded));
        Assert.Null(await db.Instances.FindAsync("ghost"));
        // Bound as UTF-8 bytes, stored as the text itself: what any SQL client reads.
        state.Root.Output["text"] = "non-ASCII ≥ é \"quoted\"";
        await db.Instances.SaveAsync(state);
        Assert.Equal(("text", InstanceStateSerializer.Serialize(state)), db.Query<(string, string)>("SELECT typeof(state), state FROM workflow_instances WHERE id = 'i1'")[0]);
        Assert.Equal("non-ASCII ≥ é \"quoted\"", (await db.Instances.FindByCorrelationIdAsync("s1"))!.Root.Output["text"]);
    }

    [Fact]
    public async Task Save_Again_ReplacesStateAndBookmarks_AndListKeepsFirstSaveOrder()
    {
        using var db = new SqliteTestDatabase();
        await db.Instances.SaveAsync(Instance("i1", "s1", WorkflowStatus.Suspended, Bookmark("b1", "Elsa.Event", "go"), Bookmark("b2", "Elsa.Delay", resumeAt: Sample.T0)));
        await db.Instances.SaveAsync(Instance("i2", "s2"));

        var finished = Instance("i1", "s1", WorkflowStatus.Finished);
        finished.FinishedAt = Sample.T0.AddHours(1);
        await db.Instances.SaveAsync(finished);

        Assert.Equal(["i1", "i2"], (await db.Instances.ListAsync()).Select(i => i.InstanceId));
        Assert.Equal(WorkflowStatus.Finished, (await db.Instances.FindAsync("i1"))!.Status);
        Assert.Equal(0, db.Count("workflow_bookmarks"));
        Assert.Equal(("Finished", "s1"), db.Query<(string, string)>("SELECT status, correlation_id FROM workflow_instances WHERE id = 'i1'")[0]);
    }

    [Fact]
    public async Task Queries_FindDueTimers_BookmarksByNameAndKey_AndInstancesByCorrelation()
    {
        using var db = new SqliteTestDatabase();
        var t = Sample.T0;
        await db.Instances.SaveAsync(Instance("i1", "s1", WorkflowStatus.Suspended,
            Bookmark("late", "Elsa.Delay", resumeAt: t.AddHours(2)), Bookmark("ev", "Elsa.Event", "approved")));
        await db.Instances.SaveAsync(Instance("i2", "s2", WorkflowStatus.Suspended,
            Bookmark("early", "Elsa.Timer", resumeAt: t.AddHours(1).ToOffset(TimeSpan.FromHours(5))), Bookmark("ev", "Elsa.Event", "approved"), Bookmark("nokey", "Elsa.Event")));
        await db.Instances.SaveAsync(Instance("i3", "s1", WorkflowStatus.Finished));

        var due = await db.Instances.ListDueBookmarksAsync(t.AddHours(2), max: 10);
        Assert.Equal([("i2", "early", "s2"), ("i1", "late", "s1")], due.Select(b => (b.InstanceId, b.BookmarkId, b.CorrelationId)));
        Assert.Equal(t.AddHours(1), due[0].ResumeAt);
        Assert.Single(await db.Instances.ListDueBookmarksAsync(t.AddHours(1), max: 10));
        Assert.Single(await db.Instances.ListDueBookmarksAsync(t.AddHours(3), max: 1));
        Assert.Empty(await db.Instances.ListDueBookmarksAsync(t.AddMinutes(59), max: 10));

        Assert.Equal([("i1", "ev"), ("i2", "ev")], (await db.Instances.FindBookmarksAsync("Elsa.Event", "approved")).Select(b => (b.InstanceId, b.BookmarkId)));
        Assert.Equal(["nokey"], (await db.Instances.FindBookmarksAsync("Elsa.Event", null)).Select(b => b.BookmarkId));
        Assert.Empty(await db.Instances.FindBookmarksAsync("Elsa.Event", "rejected"));

        Assert.Equal(["i1", "i3"], (await db.Instances.ListByCorrelationIdAsync("s1")).Select(i => i.InstanceId));
        Assert.Equal("i3", (await db.Instances.FindByCorrelationIdAsync("s1"))!.InstanceId);
        Assert.Null(await db.Instances.FindByCorrelationIdAsync("ghost"));
    }
}
