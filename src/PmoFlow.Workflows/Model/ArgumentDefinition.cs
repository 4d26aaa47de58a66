using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>A workflow input or output declaration.</summary>
/// <param name="Name">The name (PascalCase in Elsa exports).</param>
/// <param name="TypeName">Elsa's type name of the value.</param>
/// <param name="IsArray">Whether the value is a list.</param>
/// <param name="DisplayName">The designer label.</param>
/// <param name="Category">The designer group.</param>
/// <param name="UIHint">The designer editor for inputs.</param>
public sealed record ArgumentDefinition(string Name, string TypeName, bool IsArray, string? DisplayName, string? Category, string? UIHint)
{
    internal static IReadOnlyList<ArgumentDefinition> ReadAll(JsonArray? array)
    {
        if (array is null) return [];
        return array.OfType<JsonObject>()
            .Where(o => o.GetString("name") is { Length: > 0 })
            .Select(o => new ArgumentDefinition(
                o.GetString("name")!,
                o.GetString("type") ?? o.GetString("typeName") ?? "Object",
                o.GetBool("isArray") ?? false,
                o.GetString("displayName"),
                o.GetString("category"),
                o.GetString("uiHint")))
            .ToArray();
    }
}
