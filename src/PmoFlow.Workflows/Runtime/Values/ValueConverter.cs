using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Runtime.Values;

/// <summary>
/// Converts values between what JSON, expressions and activities produce, the way Elsa's literal inputs behave:
/// a Literal "4" typed Int32 becomes 4, an Object expression's JSON becomes lists and dictionaries.
/// </summary>
internal static class ValueConverter
{
    public static T? Convert<T>(object? value) => (T?)Convert(value, typeof(T));

    public static object? Convert(object? value, Type target)
    {
        value = Natural(value);
        if (value is null) return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying == typeof(object) || underlying.IsInstanceOfType(value)) return value;
        if (underlying == typeof(string)) return ToText(value);
        if (underlying.IsEnum) return Enum.Parse(underlying, ToText(value), ignoreCase: true);
        if (underlying == typeof(TimeSpan)) return value is string s ? TimeSpan.Parse(s, CultureInfo.InvariantCulture) : TimeSpan.FromMilliseconds(System.Convert.ToDouble(value, CultureInfo.InvariantCulture));
        if (underlying == typeof(DateTimeOffset)) return DateTimeOffset.Parse(ToText(value), CultureInfo.InvariantCulture);
        if (underlying == typeof(Guid)) return Guid.Parse(ToText(value));
        if (underlying == typeof(bool) && value is string b) return bool.Parse(b.Trim());
        if (IsList(underlying, out var element)) return ToList(value, underlying, element);
        if (underlying == typeof(Dictionary<string, object?>) || underlying == typeof(IDictionary<string, object?>)) return ToDictionary(value);
        if (value is IConvertible) return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to {underlying.Name}.");
    }

    /// <summary>JSON values become plain .NET values: strings, int/long/double, bool, lists and dictionaries.</summary>
    public static object? Natural(object? value) => value switch
    {
        null => null,
        JsonElement e => FromElement(e),
        // A value parsed from JSON (a definition's literal) holds its element: read it rather than write it out and parse it again.
        JsonValue v when v.TryGetValue(out JsonElement e) => FromElement(e),
        JsonNode n => FromElement(JsonSerializer.SerializeToElement(n)),
        _ => value,
    };

    /// <summary>Text as Elsa writes values: strings as they are, numbers invariant, structures as JSON.</summary>
    public static string ToText(object? value) => Natural(value) switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e and not IDictionary<string, object?> => JsonSerializer.Serialize(e),
        var other when other is IDictionary<string, object?> => JsonSerializer.Serialize(other),
        var other => other.ToString() ?? "",
    };

    private static object? FromElement(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => FromElement(p.Value)),
        _ => null,
    };

    private static bool IsList(Type type, out Type element)
    {
        element = typeof(object);
        if (type.IsArray) { element = type.GetElementType()!; return true; }
        if (!type.IsGenericType) return false;
        var def = type.GetGenericTypeDefinition();
        if (def != typeof(List<>) && def != typeof(IList<>) && def != typeof(IEnumerable<>) && def != typeof(ICollection<>) && def != typeof(IReadOnlyList<>)) return false;
        element = type.GetGenericArguments()[0];
        return true;
    }

    private static object ToList(object value, Type target, Type element)
    {
        IEnumerable source = value switch
        {
            string s when s.TrimStart().StartsWith('[') => (IEnumerable)Natural(JsonNode.Parse(s))!,
            string s => new[] { s },
            IEnumerable e => e,
            _ => new[] { value },
        };
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in source) list.Add(Convert(item, element));
        if (!target.IsArray) return list;
        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }

    private static Dictionary<string, object?> ToDictionary(object value) => value switch
    {
        IDictionary<string, object?> d => new Dictionary<string, object?>(d),
        string s => (Dictionary<string, object?>)Natural(JsonNode.Parse(s))!,
        _ => throw new InvalidCastException($"Cannot convert a {value.GetType().Name} to a dictionary."),
    };
}
