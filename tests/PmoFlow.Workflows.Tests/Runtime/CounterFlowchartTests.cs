using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class CounterFlowchartTests
{
    [Fact]
    public async Task ImplicitJoin_RunsOnce_WhenTheOtherPathIsSkipped()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("skip", [Activity("start", "Elsa.Start"), Decision("d", true), WriteLine("A", "A"), WriteLine("B", "B"), WriteLine("C", "C")],
            Connect("start", "d"), Connect("d", "A", "True"), Connect("d", "B", "False"), Connect("A", "C"), Connect("B", "C")), FlowchartMode.Counter);
        Assert.Equal(["A", "C"], host.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
    }

    [Fact]
    public async Task WaitAllJoin_WithAPathNotTaken_IsSkippedWithWhatFollows()
    {
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("waitall", [Activity("start", "Elsa.Start"), Decision("d", true), WriteLine("A", "A"), WriteLine("B", "B"), Join("j", "WaitAll"), WriteLine("C", "C"), WriteLine("E", "E")],
            Connect("start", "d"), Connect("d", "A", "True"), Connect("d", "B", "False"), Connect("A", "j"), Connect("B", "j"), Connect("j", "C"), Connect("C", "E")), FlowchartMode.Counter);
        Assert.Equal(["A"], host.Lines);
    }

    [Fact]
    public async Task WaitAnyJoin_RunsOnFirstPath_AndCancelsTheOthers()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("waitany", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Event("wait", "never"), Join("j", "WaitAny"), WriteLine("C", "C")],
            Connect("start", "A"), Connect("start", "wait"), Connect("A", "j"), Connect("wait", "j"), Connect("j", "C")), FlowchartMode.Counter);
        Assert.Equal(["A", "C"], host.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Empty(state.Bookmarks);
    }

    [Fact]
    public async Task MergeModes_AreIgnored()
    {
        // Counter mode has no merge modes: C waits for both paths and runs because one was taken.
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("nomerge", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Decision("d", false), WriteLine("B", "B"), WriteLine("C", "C").WithMergeMode("Merge")],
            Connect("start", "A"), Connect("start", "d"), Connect("d", "B", "True"), Connect("A", "C"), Connect("B", "C")), FlowchartMode.Counter);
        Assert.Equal(["A", "C"], host.Lines);
    }
}
