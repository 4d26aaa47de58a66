using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities;

/// <summary>Short constructors for the descriptors of built-in activities.</summary>
internal static class Describe
{
    public static ActivityDescriptor Activity(string typeName, string category, string description, IReadOnlyList<InputDescriptor>? inputs = null,
        IReadOnlyList<OutputDescriptor>? outputs = null, IReadOnlyList<string>? ports = null, ActivityKind kind = ActivityKind.Action,
        bool isContainer = false, bool isBrowsable = true, bool isStart = false, bool isTerminal = false, string? displayName = null)
    {
        var dot = typeName.LastIndexOf('.');
        var name = dot < 0 ? typeName : typeName[(dot + 1)..];
        return new ActivityDescriptor
        {
            TypeName = typeName,
            Namespace = dot < 0 ? "" : typeName[..dot],
            Name = name,
            Category = category,
            DisplayName = displayName ?? SplitWords(name),
            Description = description,
            Inputs = inputs ?? [],
            Outputs = outputs ?? [],
            Ports = (ports ?? ["Done"]).Select(p => new PortDescriptor(p, p)).ToArray(),
            Kind = kind,
            IsContainer = isContainer,
            IsBrowsable = isBrowsable,
            IsStart = isStart,
            IsTerminal = isTerminal,
        };
    }

    public static InputDescriptor Input(string name, string typeName = "String", string? description = null, string uiHint = "singleline",
        object? defaultValue = null, float order = 0, IReadOnlyDictionary<string, object?>? uiSpecifications = null, bool isWrapped = true) => new()
    {
        Name = name,
        TypeName = typeName,
        DisplayName = SplitWords(name),
        Description = description,
        UIHint = uiHint,
        DefaultValue = defaultValue,
        Order = order,
        UISpecifications = uiSpecifications,
        IsWrapped = isWrapped,
    };

    public static IReadOnlyDictionary<string, object?> Dropdown(params string[] items) =>
        new Dictionary<string, object?> { ["items"] = items.Select(i => new { text = i, value = i }).ToArray() };

    public static OutputDescriptor Output(string name, string typeName = "Object", string? description = null) =>
        new() { Name = name, TypeName = typeName, DisplayName = SplitWords(name), Description = description };

    private static string SplitWords(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) sb.Append(' ');
            sb.Append(name[i]);
        }
        return sb.ToString();
    }
}
