using System.Text.Json;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>Where a test file's JSON goes wrong, worded for people: the file, the JSON path within it, and why.</summary>
internal static class TestJson
{
    /// <summary><c>tests/onboarding.json</c>.</summary>
    public static string File(string name) => $"tests/{name}";

    /// <summary><c>tests/onboarding.json: $.cases[0].now: ...</c>.</summary>
    public static string At(string file, string path, string message) => $"{File(file)}: {path}: {message}";

    /// <summary>
    /// The JSON path of a serializer error, under <paramref name="prefix"/> (the element that was deserialized):
    /// <c>$.cases[0].context</c> and <c>$.kpis[0].unit</c> give <c>$.cases[0].context.kpis[0].unit</c>.
    /// </summary>
    public static string Rebase(string prefix, JsonException exception)
    {
        var path = exception.Path;
        return string.IsNullOrEmpty(path) || path == "$" ? prefix : prefix + path[1..];
    }

    /// <summary>
    /// Why <paramref name="root"/> (the element that was deserialized) did not read. A type error names the value at
    /// its path rather than the serializer's wording, which names the type holding the field, not the field's type.
    /// </summary>
    public static string Reason(JsonException exception, JsonElement root) =>
        exception.Message.Contains("could not be converted to", StringComparison.Ordinal) && At(root, exception.Path) is { } value
            ? $"{Shorten(value.GetRawText())} is not a valid value for this field"
            : Reason(exception);

    /// <summary>The serializer's message without the path and position it appends (reported separately).</summary>
    public static string Reason(Exception exception)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0) message = message[..cut];
        }
        return message.Trim();
    }

    /// <summary>The element at a serializer path (<c>$.kpis[0].unit</c>, <c>$['a.b']</c>) under <paramref name="root"/>, or null.</summary>
    private static JsonElement? At(JsonElement root, string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$') return null;
        var current = root;
        var i = 1;
        while (i < path.Length)
        {
            string? name = null;
            int? index = null;
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                name = path[(i + 1)..(end < 0 ? path.Length : end)];
                i = end < 0 ? path.Length : end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) return null;
                name = path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out var n)) return null;
                index = n;
                i = end + 1;
            }
            else
            {
                return null;
            }

            if (name is not null)
            {
                if (current.ValueKind != JsonValueKind.Object || !TryGetIgnoringCase(current, name, out current)) return null;
            }
            else if (current.ValueKind != JsonValueKind.Array || index >= current.GetArrayLength())
            {
                return null;
            }
            else
            {
                current = current[index!.Value];
            }
        }
        return current;
    }

    // Test files are read with web defaults: property names match ignoring case.
    private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Shorten(string raw) => raw.Length <= 60 ? raw : raw[..57] + "...";
}
