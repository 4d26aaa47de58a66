namespace PmoFlow.Workflows.Runtime.Values;

/// <summary>Maps Elsa's type names (<c>Int32</c>, <c>String[]</c>, <c>IDictionary&lt;String, Object&gt;</c>) to .NET types.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<string, Type> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["String"] = typeof(string), ["Int32"] = typeof(int), ["Int64"] = typeof(long), ["Int16"] = typeof(short),
        ["Boolean"] = typeof(bool), ["Double"] = typeof(double), ["Single"] = typeof(float), ["Decimal"] = typeof(decimal),
        ["DateTime"] = typeof(DateTime), ["DateTimeOffset"] = typeof(DateTimeOffset), ["TimeSpan"] = typeof(TimeSpan),
        ["Guid"] = typeof(Guid), ["Object"] = typeof(object), ["JsonElement"] = typeof(object), ["JsonNode"] = typeof(object),
        ["ExpandoObject"] = typeof(Dictionary<string, object?>), ["IDictionary<String, Object>"] = typeof(Dictionary<string, object?>),
        ["Dictionary<String, Object>"] = typeof(Dictionary<string, object?>), ["ObjectMap"] = typeof(Dictionary<string, object?>),
        ["Byte"] = typeof(byte), ["Char"] = typeof(char), ["Uri"] = typeof(string),
    };

    /// <summary>The .NET type for an Elsa type name; <see cref="object"/> for names PmoFlow does not map (enums, Elsa's own types).</summary>
    public static Type Resolve(string? typeName, bool isArray = false)
    {
        var element = Element(typeName);
        return isArray ? typeof(List<>).MakeGenericType(element) : element;
    }

    private static Type Element(string? typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName)) return typeof(object);
        var name = typeName.Trim();
        if (name.EndsWith("[]", StringComparison.Ordinal))
            return typeof(List<>).MakeGenericType(Element(name[..^2]));
        if (Aliases.TryGetValue(name, out var type)) return type;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var shortName = (comma > 0 ? name[..comma] : name).Split('.')[^1];
        if (!name.Contains('<', StringComparison.Ordinal) && Aliases.TryGetValue(shortName, out type)) return type;
        return typeof(object);
    }
}
