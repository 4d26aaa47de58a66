namespace PmoFlow.Abstractions.Activities;

/// <summary>Elsa's InputDescriptor: one input of an activity type.</summary>
public sealed record InputDescriptor
{
    /// <summary>The input's name (PascalCase; the JSON key is its camelCase form).</summary>
    public required string Name { get; init; }

    /// <summary>The Elsa type name of the input's value (<c>String</c>, <c>Int32</c>, <c>Object</c>...).</summary>
    public string TypeName { get; init; } = "String";

    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text.</summary>
    public string? Description { get; init; }

    /// <summary>Display order.</summary>
    public float Order { get; init; }

    /// <summary>Whether the designer shows it.</summary>
    public bool IsBrowsable { get; init; } = true;

    /// <summary>Whether the input is generated rather than declared.</summary>
    public bool IsSynthetic { get; init; }

    /// <summary>Whether the value is wrapped in an expression object (<c>{typeName, expression}</c>).</summary>
    public bool IsWrapped { get; init; } = true;

    /// <summary>The editor to use: <c>singleline</c>, <c>multiline</c>, <c>checkbox</c>, <c>dropdown</c>, <c>code-editor</c>...</summary>
    public string UIHint { get; init; } = "singleline";

    /// <summary>The group the designer shows it in.</summary>
    public string? Category { get; init; }

    /// <summary>The value used when the input is not set.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The expression type the designer starts with (<c>Literal</c>).</summary>
    public string DefaultSyntax { get; init; } = "Literal";

    /// <summary>Whether the designer lets the user edit it.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>Whether the value is a secret.</summary>
    public bool IsSensitive { get; init; }

    /// <summary>Where the value is stored.</summary>
    public string? StorageDriverType { get; init; }

    /// <summary>Editor settings, such as dropdown items.</summary>
    public IReadOnlyDictionary<string, object?>? UISpecifications { get; init; }
}
