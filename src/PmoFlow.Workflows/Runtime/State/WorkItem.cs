namespace PmoFlow.Workflows.Runtime.State;

/// <summary>An activity waiting in the scheduler to start.</summary>
/// <param name="NodePath">The node to execute.</param>
/// <param name="ParentContextId">The context of the containing activity, notified when it completes.</param>
public sealed record WorkItem(string NodePath, string? ParentContextId)
{
    /// <summary>State the new activity context starts with (a loop iteration's current value).</summary>
    public System.Text.Json.Nodes.JsonObject? Properties { get; init; }
}
