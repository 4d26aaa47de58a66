using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class MathBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        var math = new JsObject(Intrinsics.ObjectPrototype);
        math.Define("PI", Math.PI);
        math.Define("E", Math.E);
        math.Define("LN2", Math.Log(2));
        math.Define("LN10", Math.Log(10));
        math.Define("SQRT2", Math.Sqrt(2));
        Unary(math, "abs", Math.Abs);
        Unary(math, "floor", Math.Floor);
        Unary(math, "ceil", Math.Ceiling);
        Unary(math, "sqrt", Math.Sqrt);
        Unary(math, "cbrt", Math.Cbrt);
        Unary(math, "trunc", Math.Truncate);
        Unary(math, "sign", static x => double.IsNaN(x) ? double.NaN : x == 0 ? x : Math.Sign(x));
        Unary(math, "log", Math.Log);
        Unary(math, "log10", Math.Log10);
        Unary(math, "log2", Math.Log2);
        Unary(math, "exp", Math.Exp);
        Unary(math, "sin", Math.Sin);
        Unary(math, "cos", Math.Cos);
        Unary(math, "tan", Math.Tan);
        Unary(math, "atan", Math.Atan);

        // JavaScript rounds .5 toward +Infinity: Math.round(-2.5) is -2.
        Unary(math, "round", Round);
        Method(math, "pow", 2, static (i, _, a) =>
        {
            double x = i.ToNumber(At(a, 0)), y = i.ToNumber(At(a, 1));
            return JsValue.Number(double.IsNaN(y) || (Math.Abs(x) == 1 && double.IsInfinity(y)) ? double.NaN : Math.Pow(x, y));
        });
        Method(math, "atan2", 2, static (i, _, a) => JsValue.Number(Math.Atan2(i.ToNumber(At(a, 0)), i.ToNumber(At(a, 1)))));
        Method(math, "min", 2, static (i, _, a) => JsValue.Number(MinMax(i, a, max: false)));
        Method(math, "max", 2, static (i, _, a) => JsValue.Number(MinMax(i, a, max: true)));
        Method(math, "random", 0, static (_, _, _) => Random.Shared.NextDouble());
        globals["Math"] = math;
    }

    private static void Unary(JsObject math, string name, Func<double, double> function) =>
        math.Define(name, new NativeFunction(name, 1, (i, _, a) => JsValue.Number(function(i.ToNumber(At(a, 0))))));

    private static double Round(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        double floor = Math.Floor(x);
        double rounded = x - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && x < 0 ? -0.0 : rounded;
    }

    private static double MinMax(Interpreter interpreter, object?[] arguments, bool max)
    {
        double result = max ? double.NegativeInfinity : double.PositiveInfinity;
        foreach (var argument in arguments)
        {
            double value = interpreter.ToNumber(argument);
            if (double.IsNaN(value))
            {
                return double.NaN;
            }

            result = max ? Math.Max(result, value) : Math.Min(result, value);
        }

        return result;
    }
}
