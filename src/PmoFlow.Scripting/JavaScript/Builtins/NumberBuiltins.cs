using System.Globalization;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

/// <summary>Number and Boolean.</summary>
internal static class NumberBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        var proto = Intrinsics.NumberPrototype;
        Method(proto, "toString", 1, static (i, self, a) =>
        {
            int radix = IsMissing(a, 0) ? 10 : (int)i.ToNumber(a[0]);
            if (radix is < 2 or > 36)
            {
                throw JsThrowException.RangeError("toString() radix must be between 2 and 36");
            }

            return JsNumber.ToRadixString(This(self), radix);
        });
        Method(proto, "toFixed", 1, static (i, self, a) =>
        {
            double value = This(self);
            int digits = (int)JsConvert.ToInteger(i.ToNumber(At(a, 0)));
            if (digits is < 0 or > 100)
            {
                throw JsThrowException.RangeError("toFixed() digits argument must be between 0 and 100");
            }

            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 1e21)
            {
                return JsNumber.ToString(value);
            }

            // JavaScript rounds half away from zero on the exact binary value; decimal does the same here.
            return Math.Round((decimal)value, digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        });
        Method(proto, "valueOf", 0, static (_, self, _) => This(self));
        Method(proto, "toLocaleString", 0, static (_, self, _) => This(self).ToString("#,##0.###", CultureInfo.InvariantCulture));

        var constructor = new NativeFunction("Number", 1, static (i, _, a) => a.Length == 0 ? JsValue.Number(0) : JsValue.Number(i.ToNumber(a[0])));
        constructor.Define("prototype", proto);
        proto.Define("constructor", constructor);
        constructor.Define("MAX_SAFE_INTEGER", 9007199254740991.0);
        constructor.Define("MIN_SAFE_INTEGER", -9007199254740991.0);
        constructor.Define("MAX_VALUE", double.MaxValue);
        constructor.Define("MIN_VALUE", double.Epsilon);
        constructor.Define("EPSILON", Math.Pow(2, -52));
        constructor.Define("POSITIVE_INFINITY", double.PositiveInfinity);
        constructor.Define("NEGATIVE_INFINITY", double.NegativeInfinity);
        constructor.Define("NaN", JsValue.NaN);
        Method(constructor, "isInteger", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is double d && double.IsFinite(d) && d == Math.Floor(d)));
        Method(constructor, "isSafeInteger", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is double d && d == Math.Floor(d) && Math.Abs(d) <= 9007199254740991.0));
        Method(constructor, "isFinite", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is double d && double.IsFinite(d)));
        Method(constructor, "isNaN", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is double d && double.IsNaN(d)));
        Method(constructor, "parseFloat", 1, static (i, _, a) => JsValue.Number(JsNumber.ParseFloatPrefix(i.ToString(At(a, 0)))));
        Method(constructor, "parseInt", 2, static (i, _, a) => JsValue.Number(GlobalFunctions.ParseInt(i, a)));
        globals["Number"] = constructor;

        var booleanProto = Intrinsics.BooleanPrototype;
        Method(booleanProto, "toString", 0, static (_, self, _) => self is true ? "true" : "false");
        Method(booleanProto, "valueOf", 0, static (_, self, _) => JsValue.Boolean(self is true));
        var boolean = new NativeFunction("Boolean", 1, static (_, _, a) => JsValue.Boolean(JsConvert.ToBoolean(At(a, 0))));
        boolean.Define("prototype", booleanProto);
        booleanProto.Define("constructor", boolean);
        globals["Boolean"] = boolean;
    }

    private static double This(object? self) => self as double? ?? throw JsThrowException.TypeError("Number.prototype method called on a non-number");
}
