using System.Globalization;
using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

/// <summary>A minimal Date in UTC (the server's local time is not meaningful to workflows).</summary>
internal static class DateBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        var proto = Intrinsics.DatePrototype;
        Method(proto, "getTime", 0, static (_, self, _) => This(self).Time);
        Method(proto, "valueOf", 0, static (_, self, _) => This(self).Time);
        Method(proto, "toISOString", 0, static (_, self, _) =>
        {
            var date = This(self);
            return date.IsValid ? date.ToIsoString() : throw JsThrowException.RangeError("Invalid time value");
        });
        Method(proto, "toJSON", 1, static (_, self, _) => This(self) is { IsValid: true } date ? date.ToIsoString() : null);
        Method(proto, "toString", 0, static (_, self, _) => This(self) is { IsValid: true } date
            ? date.ToDateTimeOffset().ToString("ddd MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'", CultureInfo.InvariantCulture)
            : "Invalid Date");
        Method(proto, "toDateString", 0, static (_, self, _) => Format(self, "ddd MMM dd yyyy"));
        Method(proto, "toLocaleDateString", 0, static (_, self, _) => Format(self, "M/d/yyyy"));
        Method(proto, "toLocaleTimeString", 0, static (_, self, _) => Format(self, "h:mm:ss tt"));
        Method(proto, "toLocaleString", 0, static (_, self, _) => Format(self, "M/d/yyyy, h:mm:ss tt"));
        Part(proto, "FullYear", static d => d.Year);
        Part(proto, "Month", static d => d.Month - 1);
        Part(proto, "Date", static d => d.Day);
        Part(proto, "Day", static d => (int)d.DayOfWeek);
        Part(proto, "Hours", static d => d.Hour);
        Part(proto, "Minutes", static d => d.Minute);
        Part(proto, "Seconds", static d => d.Second);
        Part(proto, "Milliseconds", static d => d.Millisecond);
        Method(proto, "getTimezoneOffset", 0, static (_, _, _) => JsValue.Number(0));

        var constructor = new NativeFunction("Date", 7, static (i, _, _) => Format(new JsDate(Now(i)), "ddd MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'"), Construct);
        constructor.Define("prototype", proto);
        proto.Define("constructor", constructor);
        Method(constructor, "now", 0, static (i, _, _) => Now(i));
        Method(constructor, "parse", 1, static (i, _, a) => ParseDate(i.ToString(At(a, 0))));
        Method(constructor, "UTC", 7, static (i, _, a) => FromParts(i, a));
        globals["Date"] = constructor;
    }

    private static JsDate This(object? self) => self as JsDate ?? throw JsThrowException.TypeError("this is not a Date object.");

    private static double Now(Interpreter interpreter) => interpreter.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private static object Construct(Interpreter interpreter, object?[] arguments)
    {
        interpreter.Allocate(48);
        double time = arguments.Length switch
        {
            0 => Now(interpreter),
            1 => arguments[0] switch
            {
                JsDate other => other.Time,
                string text => ParseDate(text),
                var value => interpreter.ToNumber(value),
            },
            _ => FromParts(interpreter, arguments),
        };
        return new JsDate(JsDate.TimeClip(time));
    }

    private static double FromParts(Interpreter interpreter, object?[] arguments)
    {
        var parts = new double[7];
        parts[2] = 1;
        for (int k = 0; k < Math.Min(7, arguments.Length); k++)
        {
            parts[k] = interpreter.ToNumber(arguments[k]);
            if (!double.IsFinite(parts[k]))
            {
                return double.NaN;
            }
        }

        double year = Math.Truncate(parts[0]);
        if (year is >= 0 and <= 99)
        {
            year += 1900;
        }

        try
        {
            // Months and days may overflow (month 12 is next January), so add them rather than construct.
            var date = new DateTime((int)year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
                .AddMonths((int)parts[1])
                .AddDays(parts[2] - 1)
                .AddHours(parts[3])
                .AddMinutes(parts[4])
                .AddSeconds(parts[5])
                .AddMilliseconds(parts[6]);
            return new DateTimeOffset(date).ToUnixTimeMilliseconds();
        }
        catch (ArgumentOutOfRangeException)
        {
            return double.NaN;
        }
    }

    private static double ParseDate(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed.ToUnixTimeMilliseconds();
        }

        return double.NaN;
    }

    private static void Part(JsObject proto, string name, Func<DateTime, int> read)
    {
        NativeCall call = (_, self, _) => This(self) is { IsValid: true } date ? JsValue.Number(read(date.ToDateTimeOffset().UtcDateTime)) : JsValue.NaN;
        proto.Define("get" + name, new NativeFunction("get" + name, 0, call));
        proto.Define("getUTC" + name, new NativeFunction("getUTC" + name, 0, call));
    }

    private static string Format(object? self, string format) => This(self) is { IsValid: true } date
        ? date.ToDateTimeOffset().UtcDateTime.ToString(format, CultureInfo.InvariantCulture)
        : "Invalid Date";
}
