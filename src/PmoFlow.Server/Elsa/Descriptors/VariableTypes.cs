using System.Text.Json.Nodes;

namespace PmoFlow.Server.Elsa.Descriptors;

/// <summary>The variable types the designer offers: the ones PmoFlow's runtime converts values to (its TypeNames).</summary>
internal static class VariableTypes
{
    private static readonly (string TypeName, string Category)[] Types =
    [
        ("Object", "Primitives"), ("String", "Primitives"), ("Boolean", "Primitives"), ("Int32", "Primitives"), ("Int64", "Primitives"),
        ("Double", "Primitives"), ("Decimal", "Primitives"), ("Guid", "Primitives"), ("DateTime", "Primitives"), ("DateTimeOffset", "Primitives"),
        ("TimeSpan", "Primitives"), ("IDictionary<String, Object>", "Dictionaries"), ("ObjectMap", "Dictionaries"), ("JsonNode", "Dynamic"),
    ];

    public static IReadOnlyList<JsonObject> All { get; } =
        [.. Types.Select(t => new JsonObject { ["typeName"] = t.TypeName, ["displayName"] = t.TypeName, ["category"] = t.Category, ["description"] = null })];
}
