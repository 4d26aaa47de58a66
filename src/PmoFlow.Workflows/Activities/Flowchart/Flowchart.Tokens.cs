using System.Text.Json.Nodes;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Flowchart;

/// <summary>
/// The token-based engine. Each taken connection carries a token; an activity consumes its inbound tokens when
/// it completes. The target's merge mode decides when tokens make it run: Stream (unless a direct upstream
/// source is still pending), Merge (a token on every forward inbound connection), Converge (on every inbound
/// connection, loops included), Race and Cascade (the first arrival; Race also cancels the other branches).
/// </summary>
internal sealed partial class Flowchart
{
    private const string TokensKey = "tokens";
    private const string RacedKey = "raced";

    private static void OnChildCompletedWithTokens(ActivityExecutionContext flow, ActivityExecutionContext child, FlowTopology topology)
    {
        var tokens = ReadInts(flow, TokensKey);
        var raced = ReadStrings(flow, RacedKey);
        tokens.RemoveAll(i => topology.Get(i).Target == child.ActivityId);
        raced.Remove(child.ActivityId);

        foreach (var connection in topology.Outbound(child.ActivityId))
            if (child.Outcomes.Contains(connection.Connection.SourcePort)) tokens.Add(connection.Index);

        foreach (var target in tokens.Select(i => topology.Get(i).Target).Distinct(StringComparer.Ordinal).ToList())
        {
            if (flow.Run.IsPending(flow, target)) continue;
            if (TryRun(flow, topology, target, tokens, raced)) Schedule(flow, topology, target);
        }

        flow.Properties[TokensKey] = new JsonArray(tokens.Select(i => (JsonNode)i).ToArray());
        flow.Properties[RacedKey] = new JsonArray(raced.Select(s => (JsonNode)s).ToArray());
    }

    private static bool TryRun(ActivityExecutionContext flow, FlowTopology topology, string target, List<int> tokens, List<string> raced)
    {
        switch (JoinModes.MergeModeOf(topology.Nodes[target]))
        {
            case MergeMode.Race or MergeMode.Cascade when raced.Contains(target):
                tokens.RemoveAll(i => topology.Get(i).Target == target); // later arrivals are blocked
                return false;
            case MergeMode.Race:
                raced.Add(target);
                var ancestors = topology.Ancestors(target).Where(a => a != target).ToHashSet(StringComparer.Ordinal);
                flow.Run.CancelChildren(flow, ancestors);
                tokens.RemoveAll(i => ancestors.Contains(topology.Get(i).Target));
                return true;
            case MergeMode.Cascade:
                raced.Add(target);
                return true;
            case MergeMode.Merge:
                return topology.ForwardInbound(target).All(c => tokens.Contains(c.Index));
            case MergeMode.Converge:
                return topology.Inbound(target).All(c => tokens.Contains(c.Index));
            default:
                return !topology.ForwardInbound(target).Any(c => c.Source != target && IsSourcePending(flow, topology, c.Source, tokens));
        }
    }

    private static bool IsSourcePending(ActivityExecutionContext flow, FlowTopology topology, string source, List<int> tokens) =>
        flow.Run.IsPending(flow, source) || tokens.Any(i => topology.Get(i).Target == source);

    private static List<int> ReadInts(ActivityExecutionContext flow, string key) =>
        (flow.Properties[key] as JsonArray)?.Select(n => n!.GetValue<int>()).ToList() ?? [];

    private static List<string> ReadStrings(ActivityExecutionContext flow, string key) =>
        (flow.Properties[key] as JsonArray)?.Select(n => n!.GetValue<string>()).ToList() ?? [];
}
