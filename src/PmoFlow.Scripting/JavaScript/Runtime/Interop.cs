namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>Converts JavaScript values to plain .NET values for the workflow.</summary>
internal static class Interop
{
    private const int MaxDepth = 64;

    /// <param name="value">The JavaScript value.</param>
    /// <param name="variableName">The variable being written, or null when converting the expression's result.</param>
    public static object? ToClr(object? value, string? variableName = null) => ToClr(value, variableName, 0);

    private static object? ToClr(object? value, string? variableName, int depth)
    {
        if (depth > MaxDepth)
        {
            throw JsThrowException.TypeError("Cannot convert a circular or too deeply nested value to .NET");
        }

        switch (value)
        {
            case null:
            case JsUndefined:
                return null;
            case double d:
                return ToClrNumber(d);
            case string or bool:
                return value;
            case JsFunction:
                throw JsThrowException.TypeError(variableName is null
                    ? "The expression returned a function, which cannot be converted to a .NET value"
                    : $"Cannot store a function in workflow variable '{variableName}'");
            case JsArray array:
                var list = new List<object?>(array.Items.Count);
                foreach (var item in array.Items)
                {
                    list.Add(ToClr(item, variableName, depth + 1));
                }

                return list;
            case JsDate date:
                return date.IsValid ? date.ToDateTimeOffset() : null;
            case JsError error:
                return new Dictionary<string, object?> { ["name"] = error.ErrorName, ["message"] = error.Message };
            case JsObject obj:
                var dictionary = new Dictionary<string, object?>(obj.OwnPropertyCount, StringComparer.Ordinal);
                foreach (var key in obj.OwnKeys())
                {
                    dictionary[key] = ToClr(obj.Get(key), variableName, depth + 1);
                }

                return dictionary;
            default:
                return value;
        }
    }

    /// <summary>Integral numbers become int or long so workflow code sees natural types.</summary>
    public static object ToClrNumber(double d)
    {
        if (d == Math.Floor(d) && !double.IsInfinity(d))
        {
            if (d is >= int.MinValue and <= int.MaxValue)
            {
                return (int)d;
            }

            if (d >= long.MinValue && d < 9.2233720368547758e18)
            {
                return (long)d;
            }
        }

        return d;
    }
}
