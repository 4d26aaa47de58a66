using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Runtime;

public sealed class TokenFlowchartTests
{
    // Start -> A -> C and Start -> Decision(false) -True-> B -> C: the branch not taken.
    private static System.Text.Json.Nodes.JsonObject ForkDecisionJoin(string mergeMode) => Chart("fork-decision",
        [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Decision("decision", false), WriteLine("B", "B"), WriteLine("C", "C").WithMergeMode(mergeMode)],
        Connect("start", "A"), Connect("start", "decision"), Connect("decision", "B", "True"), Connect("A", "C"), Connect("B", "C"));

    [Fact]
    public async Task Stream_BranchNotTaken_DoesNotBlock()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(ForkDecisionJoin("Stream"));
        Assert.Equal(["A", "C"], host.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
    }

    [Fact]
    public async Task Merge_BranchNotTaken_BlocksForGood()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(ForkDecisionJoin("Merge"));
        Assert.Equal(["A"], host.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
    }

    [Fact]
    public async Task Stream_WaitsForPendingDirectSource_ThenRunsOnce()
    {
        // Start -> A -> C and Start -> B -> C, both taken: C must run once, after both.
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("both", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), WriteLine("B", "B"), WriteLine("C", "C")],
            Connect("start", "A"), Connect("start", "B"), Connect("A", "C"), Connect("B", "C")));
        Assert.Equal(["A", "B", "C"], host.Lines);
    }

    [Theory]
    [InlineData("Merge", new[] { "A", "C" })]
    [InlineData("Converge", new[] { "A" })]
    public async Task LoopEdge_CountsOnlyForConverge(string mergeMode, string[] expected)
    {
        // Start -> A -> C -> Decision(false); Decision -True-> C closes a loop that is never taken.
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("loop", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), WriteLine("C", "C").WithMergeMode(mergeMode), Decision("again", false)],
            Connect("start", "A"), Connect("A", "C"), Connect("C", "again"), Connect("again", "C", "True")));
        Assert.Equal(expected, host.Lines);
    }

    [Fact]
    public async Task Race_FirstArrivalRuns_AndCancelsTheOtherBranch()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("race", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Event("wait", "never"), WriteLine("J", "joined").WithMergeMode("Race")],
            Connect("start", "A"), Connect("start", "wait"), Connect("A", "J"), Connect("wait", "J")));
        Assert.Equal(["A", "joined"], host.Lines);
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Empty(state.Bookmarks);
    }

    [Fact]
    public async Task Cascade_FirstArrivalRuns_AndLeavesTheOtherBranchRunning()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("cascade", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Event("wait", "later"), WriteLine("J", "joined").WithMergeMode("Cascade")],
            Connect("start", "A"), Connect("start", "wait"), Connect("A", "J"), Connect("wait", "J")));
        Assert.Equal(["A", "joined"], host.Lines);
        Assert.Equal(WorkflowStatus.Suspended, state.Status);
        Assert.Single(state.Bookmarks);
    }

    [Fact]
    public async Task FlowJoinWaitAll_RunsOnceAfterEveryBranch()
    {
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("join", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), WriteLine("B", "B"), Join("join", "WaitAll"), WriteLine("C", "C")],
            Connect("start", "A"), Connect("start", "B"), Connect("A", "join"), Connect("B", "join"), Connect("join", "C")));
        Assert.Equal(["A", "B", "C"], host.Lines);
    }

    [Fact]
    public async Task End_CompletesTheFlowchart_AndCancelsWhatStillRuns()
    {
        using var host = new WorkflowTestHost();
        var state = await host.StartAsync(Chart("end", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), Activity("end", "Elsa.End"), Event("wait", "never")],
            Connect("start", "wait"), Connect("start", "A"), Connect("A", "end")));
        Assert.Equal(WorkflowStatus.Finished, state.Status);
        Assert.Empty(state.Bookmarks);
        Assert.Contains(state.Log, e => e.ActivityId == "wait" && e.EventName == "Canceled");
    }

    [Fact]
    public async Task Scheduler_IsFirstInFirstOut_InConnectionOrder()
    {
        // Start fans out to A and B; A -> C, B -> D. FIFO runs both siblings before their successors.
        using var host = new WorkflowTestHost();
        await host.StartAsync(Chart("fifo", [Activity("start", "Elsa.Start"), WriteLine("A", "A"), WriteLine("B", "B"), WriteLine("C", "C"), WriteLine("D", "D")],
            Connect("start", "A"), Connect("start", "B"), Connect("A", "C"), Connect("B", "D")));
        Assert.Equal(["A", "B", "C", "D"], host.Lines);
    }
}
