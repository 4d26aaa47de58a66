using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class GlobalFunctions
{
    public static void Install(Dictionary<string, object?> globals)
    {
        globals["parseInt"] = new NativeFunction("parseInt", 2, static (i, _, a) => JsValue.Number(ParseInt(i, a)));
        globals["parseFloat"] = new NativeFunction("parseFloat", 1, static (i, _, a) => JsValue.Number(JsNumber.ParseFloatPrefix(i.ToString(At(a, 0)))));
        globals["isNaN"] = new NativeFunction("isNaN", 1, static (i, _, a) => JsValue.Boolean(double.IsNaN(i.ToNumber(At(a, 0)))));
        globals["isFinite"] = new NativeFunction("isFinite", 1, static (i, _, a) => JsValue.Boolean(double.IsFinite(i.ToNumber(At(a, 0)))));
        globals["encodeURIComponent"] = new NativeFunction("encodeURIComponent", 1, static (i, _, a) => Uri.EscapeDataString(i.ToString(At(a, 0))));
        globals["decodeURIComponent"] = new NativeFunction("decodeURIComponent", 1, static (i, _, a) => Uri.UnescapeDataString(i.ToString(At(a, 0))));

        // Scripts written for browsers log freely; logging is not an expression's job, so it is a no-op.
        var console = new JsObject(Intrinsics.ObjectPrototype);
        foreach (var name in new[] { "log", "info", "warn", "error", "debug" })
        {
            Method(console, name, 0, static (_, _, _) => JsValue.Undefined);
        }

        globals["console"] = console;
    }

    internal static double ParseInt(Interpreter interpreter, object?[] arguments)
    {
        int radix = IsMissing(arguments, 1) ? 0 : JsNumber.ToInt32(interpreter.ToNumber(arguments[1]));
        return JsNumber.ParseInt(interpreter.ToString(At(arguments, 0)), radix);
    }
}
