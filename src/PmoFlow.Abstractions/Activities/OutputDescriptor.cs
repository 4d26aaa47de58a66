namespace PmoFlow.Abstractions.Activities;

/// <summary>Elsa's OutputDescriptor: one output of an activity type.</summary>
public sealed record OutputDescriptor
{
    /// <summary>The output's name (PascalCase; the JSON key is its camelCase form).</summary>
    public required string Name { get; init; }

    /// <summary>The Elsa type name of the value.</summary>
    public string TypeName { get; init; } = "Object";

    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the designer shows it.</summary>
    public bool IsBrowsable { get; init; } = true;

    /// <summary>Whether the output is generated rather than declared.</summary>
    public bool IsSynthetic { get; init; }
}
