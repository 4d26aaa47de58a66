namespace PmoFlow.Abstractions.Activities;

/// <summary>Elsa's ActivityDescriptor: what the designer needs to show and edit an activity type.</summary>
public sealed record ActivityDescriptor
{
    /// <summary>The activity type name, such as <c>Elsa.WriteLine</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>The namespace part of the type name (<c>Elsa</c>).</summary>
    public string Namespace { get; init; } = "";

    /// <summary>The short name (<c>WriteLine</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The version of the activity type.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The palette category, such as <c>Primitives</c> or <c>Flow</c>.</summary>
    public string Category { get; init; } = "Miscellaneous";

    /// <summary>The name shown in the palette.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the activity does.</summary>
    public string? Description { get; init; }

    /// <summary>The activity's inputs.</summary>
    public IReadOnlyList<InputDescriptor> Inputs { get; init; } = [];

    /// <summary>The activity's outputs.</summary>
    public IReadOnlyList<OutputDescriptor> Outputs { get; init; } = [];

    /// <summary>Action, Trigger, Job or Task.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>The outbound ports (outcomes); most activities have <c>Done</c>.</summary>
    public IReadOnlyList<PortDescriptor> Ports { get; init; } = [PortDescriptor.Done];

    /// <summary>Extra designer hints.</summary>
    public IReadOnlyDictionary<string, object?> CustomProperties { get; init; } = new Dictionary<string, object?>();

    /// <summary>Values the designer passes when constructing the activity.</summary>
    public IReadOnlyDictionary<string, object?> ConstructionProperties { get; init; } = new Dictionary<string, object?>();

    /// <summary>Whether the activity contains other activities (a flowchart, a sequence).</summary>
    public bool IsContainer { get; init; }

    /// <summary>Whether the activity appears in the palette.</summary>
    public bool IsBrowsable { get; init; } = true;

    /// <summary>Whether the activity marks where a flow starts.</summary>
    public bool IsStart { get; init; }

    /// <summary>Whether the activity ends the flow it is in.</summary>
    public bool IsTerminal { get; init; }
}
