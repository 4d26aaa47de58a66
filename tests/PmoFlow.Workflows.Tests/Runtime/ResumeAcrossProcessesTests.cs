using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

/// <summary>
/// The state serializes to JSON and resumes in a fresh runtime (new container, new definition store, new graph
/// caches), as it would in another process, exactly where it stopped.
/// </summary>
public sealed class ResumeAcrossProcessesTests
{
    // Start -> A -> join; Start -> SetVariable(Counter=7) -> wait(Event approved) -> join; join(WaitAll) -> Done
    private static JsonObject Approval() => Chart("approval",
    [
        Activity("start", "Elsa.Start"), WriteLine("A", "A"),
        Activity("set", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "v1", ["name"] = "Counter", ["typeName"] = "Int32" }), ("value", Literal("7", "Object"))),
        Event("wait", "approved"), Join("join", "WaitAll"), WriteLine("done", "Done"),
    ],
    Connect("start", "A"), Connect("start", "set"), Connect("set", "wait"), Connect("A", "join"), Connect("wait", "join"), Connect("join", "done"))
        .WithVariable("v1", "Counter", "Int32", "0");

    [Theory]
    [InlineData(FlowchartMode.Token)]
    [InlineData(FlowchartMode.Counter)]
    public async Task SuspendedInstance_ResumesInAFreshRuntime_WhereItStopped(FlowchartMode mode)
    {
        string saved;
        using (var first = new WorkflowTestHost())
        {
            var state = await first.StartAsync(Approval(), mode);
            Assert.Equal(WorkflowStatus.Suspended, state.Status);
            Assert.Equal(["A"], first.Lines);
            saved = InstanceStateSerializer.Serialize(state);
        }

        using var second = new WorkflowTestHost();
        second.Import(Approval());
        var restored = InstanceStateSerializer.Deserialize(saved);
        Assert.Equal(7, restored.Root.Variables["v1"]);
        var bookmark = Assert.Single(restored.Bookmarks);
        Assert.Equal(("Elsa.Event", "approved"), (bookmark.Name, bookmark.Key));

        var resumed = await second.Runtime.ResumeAsync(restored, bookmark.Id, output: second.Output);

        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(["Done"], second.Lines);
        Assert.Single(resumed.Log, e => e.ActivityId == "done" && e.EventName == "Completed");
    }

    [Fact]
    public async Task SerializedState_RoundTripsToTheSameJson()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Approval());
        var json = InstanceStateSerializer.Serialize(state);
        Assert.Equal(json, InstanceStateSerializer.Serialize(InstanceStateSerializer.Deserialize(json)));
    }

    [Fact]
    public async Task PublishedEvent_ResumesTheWaitingInstance()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Approval());
        Assert.Equal(0, await host.Host.PublishEventAsync("something-else"));
        Assert.Equal(1, await host.Host.PublishEventAsync("approved"));
        var after = await host.Host.FindAsync(state.InstanceId);
        Assert.Equal(WorkflowStatus.Finished, after!.Status);
    }
}

public sealed class ResumeInsideChildWorkflowTests
{
    private static JsonObject Child()
    {
        var child = Definition("approver", Flowchart("c",
            [Event("wait", "signed"), Activity("set", "Elsa.SetOutput", ("outputName", Literal("Total")), ("outputValue", Literal("5", "Int32")))],
            [Connect("wait", "set")]), name: "Approver");
        child["outputs"] = new JsonArray(new JsonObject { ["type"] = "Int32", ["name"] = "Total" });
        child["options"] = new JsonObject { ["usableAsActivity"] = true };
        return child;
    }

    private static JsonObject Parent() => Chart("parent",
        [Activity("approve", "Approver", ("total", new JsonObject { ["typeName"] = "Int32", ["memoryReference"] = new JsonObject { ["id"] = "sum" } })), WriteLine("after", "approved")],
        Connect("approve", "after")).WithVariable("sum", "Sum", "Int32");

    [Fact]
    public async Task InstanceSuspendedInsideAWorkflowUsedAsActivity_ResumesInAFreshRuntime()
    {
        string saved;
        using (var first = new WorkflowTestHost())
        {
            first.Import(Child());
            var state = await first.StartAsync(Parent());
            Assert.Equal(WorkflowStatus.Suspended, state.Status);
            saved = InstanceStateSerializer.Serialize(state);
        }

        using var second = new WorkflowTestHost();
        second.Import(Child());
        second.Import(Parent());
        var restored = InstanceStateSerializer.Deserialize(saved);
        var resumed = await second.Runtime.ResumeAsync(restored, restored.Bookmarks.Single().Id, output: second.Output);

        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(5, resumed.Root.Variables["sum"]);
        Assert.Equal(["approved"], second.Lines);
    }
}
