namespace PmoFlow.Abstractions.Activities;

/// <summary>An outbound port of an activity: a connection's <c>source.port</c>.</summary>
/// <param name="Name">The outcome name, such as <c>Done</c> or <c>True</c>.</param>
/// <param name="DisplayName">The label on the designer.</param>
/// <param name="IsBrowsable">Whether the designer draws it.</param>
public sealed record PortDescriptor(string Name, string DisplayName, bool IsBrowsable = true)
{
    /// <summary>The default port every simple activity completes through.</summary>
    public static PortDescriptor Done { get; } = new("Done", "Done");

    /// <summary>The port type; Elsa's flowchart ports are all <c>Flow</c>.</summary>
    public string Type { get; init; } = "Flow";
}
