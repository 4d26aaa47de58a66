using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Activities.Flowchart;

/// <summary>
/// Elsa's flowchart: activities joined by connections from outcome ports. Which engine decides when an activity
/// with several inbound connections runs is chosen per instance: token-based (merge modes) or counter-based.
/// </summary>
internal sealed partial class Flowchart : IActivity, ICompositeActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Flowchart", "Workflows", "A flowchart of activities joined by connections.", isContainer: true, isBrowsable: false);

    public ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var flow = (ActivityExecutionContext)context;
        var topology = Topology(flow);
        if (topology.StartNodes.Count == 0)
        {
            flow.Complete();
            return ValueTask.CompletedTask;
        }
        foreach (var start in topology.StartNodes) flow.Schedule(start);
        return ValueTask.CompletedTask;
    }

    public ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        var topology = Topology(context);
        if (child.Node.Behavior is Flow.End)
        {
            context.Run.CancelChildren(context, topology.Nodes.Keys.ToHashSet(StringComparer.Ordinal));
            context.Complete();
            return ValueTask.CompletedTask;
        }

        if (context.Run.State.FlowchartMode == FlowchartMode.Counter) OnChildCompletedCounting(context, child, topology);
        else OnChildCompletedWithTokens(context, child, topology);

        if (!context.Run.HasPendingWork(context)) context.Complete();
        return ValueTask.CompletedTask;
    }

    private static FlowTopology Topology(ActivityExecutionContext flow) => flow.Node.GetFeature(static node => new FlowTopology(node));

    private static void Schedule(ActivityExecutionContext flow, FlowTopology topology, string nodeId)
    {
        if (!flow.Run.IsPending(flow, nodeId)) flow.Schedule(topology.Nodes[nodeId]);
    }
}
