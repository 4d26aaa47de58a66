using System.Globalization;
using System.Text.Json;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// Conversions used by compiled C# expressions to read workflow values as their declared types.
/// </summary>
/// <remarks>
/// Generated expression code calls this class, so it lives in a host-loaded assembly: a collectible
/// expression assembly may reference it, and unloading the expression never unloads it.
/// Variable values arrive as whatever the workflow stored: the declared type, another number type,
/// a string, or a <see cref="JsonElement"/> read from persisted state.
/// </remarks>
public static class CSharpConvert
{
    /// <summary>Converts <paramref name="value"/> to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The declared type of the variable or input.</typeparam>
    /// <param name="value">The stored value.</param>
    /// <returns>The value as <typeparamref name="T"/>; <see langword="default"/> for <see langword="null"/>.</returns>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    /// <exception cref="FormatException">A string value is not in the format the type needs.</exception>
    public static T As<T>(object? value)
    {
        // The common case (the workflow stored the declared type) costs one type check and an unbox.
        if (value is T typed)
        {
            return typed;
        }

        return value is null ? default! : (T)To(value, typeof(T))!;
    }

    /// <summary>Converts <paramref name="value"/> to <paramref name="type"/>.</summary>
    /// <param name="value">The stored value.</param>
    /// <param name="type">The target type.</param>
    /// <returns>The converted value; <see langword="null"/> when <paramref name="value"/> is null or JSON null.</returns>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    /// <exception cref="FormatException">A string value is not in the format the type needs.</exception>
    public static object? To(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is JsonElement json)
        {
            return FromJson(json, type, target);
        }

        if (target == typeof(string))
        {
            return value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value.ToString();
        }

        if (target.IsEnum)
        {
            return value is string name
                ? Enum.Parse(target, name, ignoreCase: true)
                : Enum.ToObject(target, Convert.ChangeType(value, Enum.GetUnderlyingType(target), CultureInfo.InvariantCulture));
        }

        if (target == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid, CultureInfo.InvariantCulture);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a value of type '{value.GetType()}' to '{type}'.");
    }

    private static object? FromJson(JsonElement json, Type type, Type target)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String when target == typeof(string):
                return json.GetString();
            case JsonValueKind.String:
                return To(json.GetString(), type);
            case JsonValueKind.True or JsonValueKind.False when target == typeof(bool):
                return json.GetBoolean();
            case JsonValueKind.Number when target == typeof(string):
                return json.GetRawText();
            case JsonValueKind.Number when target.IsEnum || (target.IsPrimitive && target != typeof(bool)) || target == typeof(decimal):
                // Integers go through long so large ids keep their precision; the rest through decimal or double.
                object number = json.TryGetInt64(out var whole) ? whole
                    : json.TryGetDecimal(out var exact) ? exact
                    : json.GetDouble();
                return To(number, type);
            default:
                return target == typeof(string) ? json.GetRawText() : json.Deserialize(type);
        }
    }
}
