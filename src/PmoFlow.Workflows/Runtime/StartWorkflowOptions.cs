using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime;

/// <summary>How to start an instance.</summary>
public sealed record StartWorkflowOptions
{
    /// <summary>The instance id; a new one when null.</summary>
    public string? InstanceId { get; init; }

    /// <summary>The correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Workflow input by name; converted to the types the definition declares.</summary>
    public IReadOnlyDictionary<string, object?>? Input { get; init; }

    /// <summary>Which flowchart engine to use (token-based by default, as Elsa's server).</summary>
    public FlowchartMode FlowchartMode { get; init; } = FlowchartMode.Token;

    /// <summary>Where text activities write; discarded when null.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>The instance that started this one, for child workflows.</summary>
    public string? ParentInstanceId { get; init; }
}
