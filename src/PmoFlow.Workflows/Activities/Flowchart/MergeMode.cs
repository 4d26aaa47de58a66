using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Graph;

namespace PmoFlow.Workflows.Activities.Flowchart;

/// <summary>How the token-based flowchart decides when an activity with several inbound connections runs.</summary>
internal enum MergeMode
{
    Stream,
    Merge,
    Converge,
    Race,
    Cascade,
}

internal static class JoinModes
{
    /// <summary>The target's merge mode: a FlowJoin's mode input, else <c>customProperties.mergeMode</c>.</summary>
    public static MergeMode MergeModeOf(GraphNode node)
    {
        if (node.Model.Type == "Elsa.FlowJoin")
            return JoinModeOf(node) == "WaitAny" ? MergeMode.Race : MergeMode.Merge;
        return node.Model.CustomProperties?.GetString("mergeMode") switch
        {
            "Merge" => MergeMode.Merge,
            "Converge" => MergeMode.Converge,
            "Race" => MergeMode.Race,
            "Cascade" => MergeMode.Cascade,
            _ => MergeMode.Stream,
        };
    }

    /// <summary>A FlowJoin's mode (WaitAny, WaitAll, WaitAllActive); a literal in practice, WaitAny when unset.</summary>
    public static string JoinModeOf(GraphNode node)
    {
        var mode = node.Model.Json["mode"] switch
        {
            JsonObject wrapped => (wrapped["expression"] as JsonObject)?["value"].AsString(),
            JsonValue bare => bare.AsString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(mode) ? "WaitAny" : mode;
    }
}
