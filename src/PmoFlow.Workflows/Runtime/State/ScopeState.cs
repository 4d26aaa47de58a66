namespace PmoFlow.Workflows.Runtime.State;

/// <summary>
/// The memory of one workflow boundary: the root workflow, or one use of a workflow as an activity. Child
/// workflows get their own scope, so the same output names at different levels never collide.
/// </summary>
public sealed class ScopeState
{
    /// <summary>Variable values by variable id.</summary>
    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Input values by name.</summary>
    public Dictionary<string, object?> Input { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Output values by name.</summary>
    public Dictionary<string, object?> Output { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Outputs recorded per activity id, for <c>getXFromActivity()</c> and <c>Output.Get</c>.</summary>
    public Dictionary<string, Dictionary<string, object?>> ActivityOutputs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The id of the activity whose result was recorded last.</summary>
    public string? LastResultActivityId { get; set; }
}
