using System.Text.Json;

namespace PmoFlow.Server.Common;

/// <summary>Says where and why a request body is not the JSON an endpoint expects, in terms of the body's own fields.</summary>
internal static class JsonErrors
{
    /// <summary>
    /// The field whose value has the wrong type (<c>periods[0].planned</c>), or <c>body</c> when the body is not
    /// JSON at all: the reader's position after a syntax error says where it gave up, not which field is wrong.
    /// </summary>
    public static string Field(JsonException exception)
    {
        if (!IsTypeError(exception)) return "body";
        var path = exception.Path;
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    /// <summary>What is wrong, with the line and position in the body; <paramref name="bodyType"/> (the endpoint's request type) names what was expected.</summary>
    public static string Describe(JsonException exception, Type? bodyType)
    {
        var where = exception.LineNumber is { } line ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})" : "";
        var message = exception.Message;
        var field = Field(exception);
        if (IsTypeError(exception) && field != "body")
        {
            // The serializer names the record that holds the field rather than the field's type, so look the type up.
            var expected = bodyType is null ? null : Expected(FieldType(bodyType, field));
            return expected is null ? $"The value of '{field}' has the wrong type{where}." : $"The value of '{field}' must be {expected}{where}.";
        }
        // The reader's own message ends with the path and position, which are reported separately.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
        return $"The request body is not valid JSON: {reason}{where}.";
    }

    /// <summary>The .NET type at a JSON path such as <c>periods[0].planned</c> (camelCase, as the body spells it), or null.</summary>
    internal static Type? FieldType(Type root, string field)
    {
        Type? type = root;
        foreach (var segment in field.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var property = type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            type = property is null ? null : Unwrap(property.PropertyType);
            for (var i = bracket; i >= 0 && type is not null; i = segment.IndexOf('[', i + 1))
                type = ElementType(type) is { } element ? Unwrap(element) : null;
            if (type is null) return null;
        }
        return type;
    }

    private static bool IsTypeError(JsonException exception) => exception.Message.Contains("could not be converted to", StringComparison.Ordinal);

    private static string? Expected(Type? type) => type switch
    {
        null => null,
        _ when type == typeof(string) => "a string",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time (ISO 8601, such as 2026-03-01T09:00:00Z)",
        _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
        _ when type == typeof(TimeSpan) => "a duration (d.hh:mm:ss, such as 5.00:00:00)",
        _ when type.IsEnum => $"one of: {string.Join(", ", Enum.GetNames(type))}",
        // A dictionary is an IEnumerable of pairs too, but its JSON is an object.
        _ when IsDictionary(type) => "an object",
        _ when ElementType(type) is not null => "an array",
        _ => "an object",
    };

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)));

    private static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
