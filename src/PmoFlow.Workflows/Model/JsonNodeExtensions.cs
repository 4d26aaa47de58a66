using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>Lenient readers over JSON values, since exported definitions write numbers and booleans as strings at times.</summary>
internal static class JsonNodeExtensions
{
    public static string? GetString(this JsonObject obj, string name) => obj[name] is JsonValue v ? AsString(v) : null;

    public static int? GetInt(this JsonObject obj, string name)
    {
        if (obj[name] is not JsonValue v) return null;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<double>(out var d)) return (int)d;
        return int.TryParse(AsString(v), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null;
    }

    public static bool? GetBool(this JsonObject obj, string name)
    {
        if (obj[name] is not JsonValue v) return null;
        if (v.TryGetValue<bool>(out var b)) return b;
        return bool.TryParse(AsString(v), out var p) ? p : null;
    }

    public static string? AsString(this JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };
}
