using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Runtime.State;

/// <summary>One activity execution that has not finished yet.</summary>
public sealed class ActivityContextState
{
    /// <summary>Unique within the instance.</summary>
    public required string Id { get; init; }

    /// <summary>The node's path in the workflow graph (activity ids from the root, separated by '/').</summary>
    public required string NodePath { get; init; }

    /// <summary>The context of the containing activity; null for the root.</summary>
    public string? ParentId { get; init; }

    /// <summary>Where the execution stands.</summary>
    public ActivityStatus Status { get; set; }

    /// <summary>The activity's own state, such as flowchart tokens or a sequence position.</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>Set when this context is a workflow boundary (a workflow used as an activity).</summary>
    public ScopeState? Scope { get; set; }
}
