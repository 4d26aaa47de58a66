using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>A workflow or container variable.</summary>
/// <param name="Id">The variable id that output memory references point at.</param>
/// <param name="Name">The name expressions use.</param>
/// <param name="TypeName">Elsa's type name (<c>Int32</c>, <c>String</c>, <c>Object</c>...).</param>
/// <param name="IsArray">Whether the variable holds a list of <paramref name="TypeName"/>.</param>
/// <param name="Value">The initial value as stored in JSON (Elsa stores it as a string).</param>
/// <param name="JsonPath">Where it sits in the definition JSON.</param>
public sealed record VariableDefinition(string Id, string Name, string TypeName, bool IsArray, JsonNode? Value, string JsonPath)
{
    internal static IReadOnlyList<VariableDefinition> ReadAll(JsonArray? array, string path)
    {
        if (array is null) return [];
        var list = new List<VariableDefinition>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject v) continue;
            var name = v.GetString("name") ?? v.GetString("id") ?? "";
            list.Add(new VariableDefinition(
                v.GetString("id") ?? name,
                name,
                v.GetString("typeName") ?? "Object",
                v.GetBool("isArray") ?? false,
                v["value"]?.DeepClone(),
                $"{path}[{i}]"));
        }
        return list;
    }
}
