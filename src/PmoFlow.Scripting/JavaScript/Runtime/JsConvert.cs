namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>Conversions and comparisons that never run script code (no user valueOf/toString).</summary>
internal static class JsConvert
{
    public static bool ToBoolean(object? value) => value switch
    {
        bool b => b,
        double d => !(d == 0 || double.IsNaN(d)),
        string s => s.Length > 0,
        null or JsUndefined => false,
        _ => true,
    };

    public static string TypeOf(object? value) => value switch
    {
        JsUndefined => "undefined",
        null => "object",
        bool => "boolean",
        double => "number",
        string => "string",
        JsFunction => "function",
        _ => "object",
    };

    public static bool StrictEquals(object? left, object? right)
    {
        if (left is double a && right is double b)
        {
            return a == b;
        }

        if (left is string s && right is string t)
        {
            return string.Equals(s, t, StringComparison.Ordinal);
        }

        if (left is bool x && right is bool y)
        {
            return x == y;
        }

        return ReferenceEquals(left, right);
    }

    /// <summary>Like <see cref="StrictEquals"/> but NaN equals NaN (used by includes).</summary>
    public static bool SameValueZero(object? left, object? right) =>
        left is double a && right is double b && double.IsNaN(a) && double.IsNaN(b) || StrictEquals(left, right);

    /// <summary>ToString for primitives; objects need the interpreter.</summary>
    public static string PrimitiveToString(object? value) => value switch
    {
        string s => s,
        double d => JsNumber.ToString(d),
        bool b => b ? "true" : "false",
        null => "null",
        JsUndefined => "undefined",
        _ => value.ToString() ?? "",
    };

    public static double PrimitiveToNumber(object? value) => value switch
    {
        double d => d,
        bool b => b ? 1 : 0,
        string s => JsNumber.Parse(s),
        null => 0,
        _ => double.NaN,
    };

    public static double ToInteger(double value) => double.IsNaN(value) ? 0 : double.IsInfinity(value) ? value : Math.Truncate(value);
}
