namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>
/// Values are plain .NET objects: null (JS null), <see cref="JsUndefined"/>, boxed double, string,
/// boxed bool and <see cref="JsObject"/>. This class holds shared boxes so hot paths avoid allocating.
/// </summary>
internal static class JsValue
{
    public static readonly object Undefined = JsUndefined.Value;
    public static readonly object True = true;
    public static readonly object False = false;
    public static readonly object NaN = double.NaN;

    private const int CacheMin = -128;
    private const int CacheMax = 1023;
    private static readonly object[] SmallIntegers = CreateCache();

    public static object Boolean(bool value) => value ? True : False;

    public static object Number(double value)
    {
        if (value >= CacheMin && value <= CacheMax)
        {
            int i = (int)value;
            if (i == value && !(value == 0 && double.IsNegative(value)))
            {
                return SmallIntegers[i - CacheMin];
            }
        }

        return value;
    }

    public static bool IsNullish(object? value) => value is null || value is JsUndefined;

    private static object[] CreateCache()
    {
        var cache = new object[CacheMax - CacheMin + 1];
        for (int i = 0; i < cache.Length; i++)
        {
            cache[i] = (double)(i + CacheMin);
        }

        return cache;
    }
}
