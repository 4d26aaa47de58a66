using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class ChildWorkflowTests
{
    private static JsonObject Child() => Definition("child", Flowchart("childchart",
        [Event("wait", "go"), Activity("out", "Elsa.SetOutput", ("outputName", Literal("Answer")), ("outputValue", Literal(42, "Int32")))],
        [Connect("wait", "out")]));

    [Fact]
    public async Task ExecuteWorkflow_WaitingForASuspendedChild_ResumesWhenTheChildFinishes()
    {
        using var host = new WorkflowTestHost();
        host.Import(Child());
        var parent = await host.StartAsync(Chart("parent",
            [Activity("run", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child")), ("waitForCompletion", Literal(true, "Boolean")), ("correlationId", Literal("case-7"))), WriteLine("after", "parent done")],
            Connect("run", "after")));
        Assert.Equal(WorkflowStatus.Suspended, parent.Status);

        Assert.Equal(1, await host.Host.PublishEventAsync("go"));

        var finished = (await host.Host.FindAsync(parent.InstanceId))!;
        Assert.Equal(WorkflowStatus.Finished, finished.Status);
        Assert.Equal(["parent done"], host.Lines);
        var result = Assert.IsType<Dictionary<string, object?>>(finished.Root.ActivityOutputs["run"]["Result"]);
        Assert.Equal(42, result["Answer"]);
        var child = (await host.Host.ListAsync()).Single(i => i.DefinitionId == "child");
        Assert.Equal(("case-7", parent.InstanceId), (child.CorrelationId, child.ParentInstanceId));
    }

    [Fact]
    public async Task WorkflowAsActivity_KeepsItsOwnScope_AndMapsOutputsBack()
    {
        using var host = new WorkflowTestHost();
        var child = Definition("adder", Flowchart("c", [Activity("set", "Elsa.SetOutput", ("outputName", Literal("Total")), ("outputValue", Literal("5", "Int32")))], []), name: "Adder tool");
        child["outputs"] = new JsonArray(new JsonObject { ["type"] = "Int32", ["name"] = "Total" });
        child["options"] = new JsonObject { ["usableAsActivity"] = true };
        host.Import(child);

        var parent = Chart("uses-adder",
            [Activity("add", "AdderTool", ("total", new JsonObject { ["typeName"] = "Int32", ["memoryReference"] = new JsonObject { ["id"] = "sum" } })), WriteLine("after", "after")],
            Connect("add", "after")).WithVariable("sum", "Sum", "Int32");
        var state = await host.StartAsync(parent);

        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(5, state.Root.Variables["sum"]);
        Assert.Empty(state.Root.Output);
    }
}
