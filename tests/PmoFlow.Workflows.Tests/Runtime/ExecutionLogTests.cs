using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class ExecutionLogTests
{
    [Fact]
    public async Task Log_KeepsOnlyTheNewestEntries_SoLongLivedStateStaysSmall()
    {
        using var host = new WorkflowTestHost();
        var items = new JsonObject { ["typeName"] = "Object[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[" + string.Join(",", Enumerable.Range(1, 300)) + "]" } };
        var loop = Activity("each", "Elsa.ParallelForEach", ("items", items), ("body", WriteLine("line", "tick")));

        var state = await host.StartAsync(Chart("many", [loop, WriteLine("last", "done")], Connect("each", "last")));

        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Equal(301, host.Lines.Count);
        Assert.Equal(256, state.Log.Count);
        Assert.Equal(("last", "Completed"), (state.Log[^2].ActivityId, state.Log[^2].EventName));
    }
}
