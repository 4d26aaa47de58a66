using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Builtins;

/// <summary>Helpers for writing built-ins: argument access and method definition.</summary>
internal static class Args
{
    public static object? At(object?[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    public static bool IsMissing(object?[] arguments, int index) => index >= arguments.Length || arguments[index] is JsUndefined;

    public static void Method(JsObject target, string name, int length, NativeCall call) =>
        target.Define(name, new NativeFunction(name, length, call));

    /// <summary>A relative index argument as used by slice/substring: negative counts from the end.</summary>
    public static int RelativeIndex(Interpreter interpreter, object? value, int length, int whenMissing)
    {
        if (value is JsUndefined)
        {
            return whenMissing;
        }

        double n = JsConvert.ToInteger(interpreter.ToNumber(value));
        return n < 0 ? (int)Math.Max(0, length + n) : (int)Math.Min(n, length);
    }

    public static JsFunction Callback(object? value, string method) => value as JsFunction
        ?? throw JsThrowException.TypeError($"{Interpreter.Describe(value)} is not a function (in {method})");
}
