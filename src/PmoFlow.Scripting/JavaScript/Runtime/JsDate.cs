namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>A Date: milliseconds since the Unix epoch (UTC), NaN when invalid. Local time is UTC on servers.</summary>
internal sealed class JsDate(double time) : JsObject(Intrinsics.DatePrototype)
{
    public double Time { get; set; } = time;

    public override string ClassName => "Date";

    public bool IsValid => !double.IsNaN(Time);

    public DateTimeOffset ToDateTimeOffset() => DateTimeOffset.FromUnixTimeMilliseconds((long)Time);

    public string ToIsoString() => ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static double TimeClip(double time) => double.IsNaN(time) || Math.Abs(time) > 8.64e15 ? double.NaN : Math.Truncate(time);
}
