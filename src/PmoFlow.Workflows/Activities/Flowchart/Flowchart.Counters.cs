using System.Globalization;
using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Flowchart;

/// <summary>
/// The counter-based engine. Every forward inbound connection of an activity is visited once per pass, taken
/// or not. An ordinary activity runs when all are visited and any was taken, and is skipped (the skip flows on
/// downstream) when none was. A FlowJoin in WaitAll runs only if all were taken; in WaitAny it runs on the first
/// taken path and cancels the other branches. Taking a loop connection starts a new pass over the loop.
/// </summary>
internal sealed partial class Flowchart
{
    private const string VisitsKey = "visits";
    private const string FiredKey = "fired";

    private static void OnChildCompletedCounting(ActivityExecutionContext flow, ActivityExecutionContext child, FlowTopology topology) =>
        ProcessOutbound(flow, topology, child.ActivityId, child.Outcomes);

    private static void ProcessOutbound(ActivityExecutionContext flow, FlowTopology topology, string source, IReadOnlyList<string>? outcomes)
    {
        foreach (var connection in topology.Outbound(source))
        {
            var taken = outcomes is not null && outcomes.Contains(connection.Connection.SourcePort);
            if (topology.IsBackward(connection))
            {
                if (!taken) continue;
                ResetLoop(flow, topology, connection.Target);
                Schedule(flow, topology, connection.Target);
                continue;
            }
            Visits(flow, connection.Target)[connection.Index.ToString(CultureInfo.InvariantCulture)] = taken;
            Evaluate(flow, topology, connection.Target);
        }
    }

    private static void Evaluate(ActivityExecutionContext flow, FlowTopology topology, string target)
    {
        var visits = Visits(flow, target);
        var inbound = topology.ForwardInbound(target);
        var allVisited = inbound.All(c => visits.ContainsKey(c.Index.ToString(CultureInfo.InvariantCulture)));
        var takenCount = visits.Count(v => v.Value!.GetValue<bool>());
        var fired = Fired(flow);
        var node = topology.Nodes[target];

        if (node.Model.Type == "Elsa.FlowJoin" && JoinModes.JoinModeOf(node) == "WaitAny")
        {
            if (fired.Contains(target)) { if (allVisited) Reset(flow, target); return; }
            if (takenCount > 0)
            {
                fired.Add(target);
                flow.Run.CancelChildren(flow, topology.Ancestors(target).Where(a => a != target).ToHashSet(StringComparer.Ordinal));
                if (allVisited) Reset(flow, target);
                Schedule(flow, topology, target);
            }
            else if (allVisited)
            {
                Reset(flow, target);
                ProcessOutbound(flow, topology, target, outcomes: null);
            }
            return;
        }

        if (!allVisited) return;
        Reset(flow, target);
        var runs = node.Model.Type == "Elsa.FlowJoin" ? takenCount == inbound.Count : takenCount > 0;
        if (runs) Schedule(flow, topology, target);
        else ProcessOutbound(flow, topology, target, outcomes: null);
    }

    private static void ResetLoop(ActivityExecutionContext flow, FlowTopology topology, string loopTarget)
    {
        var fired = Fired(flow);
        foreach (var node in topology.Descendants(loopTarget))
        {
            Reset(flow, node);
            fired.Remove(node);
        }
    }

    private static JsonObject Visits(ActivityExecutionContext flow, string target)
    {
        if (flow.Properties[VisitsKey] is not JsonObject all) flow.Properties[VisitsKey] = all = [];
        if (all[target] is not JsonObject visits) all[target] = visits = [];
        return visits;
    }

    private static void Reset(ActivityExecutionContext flow, string target) => (flow.Properties[VisitsKey] as JsonObject)?.Remove(target);

    private static FiredSet Fired(ActivityExecutionContext flow)
    {
        if (flow.Properties[FiredKey] is not JsonArray array) flow.Properties[FiredKey] = array = [];
        return new FiredSet(array);
    }

    /// <summary>The WaitAny joins that already fired in the current pass, kept in the flowchart's JSON state.</summary>
    private readonly struct FiredSet(JsonArray array)
    {
        public bool Contains(string id) => array.Any(n => n!.GetValue<string>() == id);

        public void Add(string id)
        {
            if (!Contains(id)) array.Add(id);
        }

        public void Remove(string id)
        {
            var found = array.FirstOrDefault(n => n!.GetValue<string>() == id);
            if (found is not null) array.Remove(found);
        }
    }
}
