using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    internal string ToString(object? value) => value switch
    {
        string s => s,
        JsObject => JsConvert.PrimitiveToString(ToPrimitive(value, preferString: true)),
        _ => JsConvert.PrimitiveToString(value),
    };

    internal double ToNumber(object? value) => value switch
    {
        double d => d,
        JsObject => JsConvert.PrimitiveToNumber(ToPrimitive(value, preferString: false, numberHint: true)),
        _ => JsConvert.PrimitiveToNumber(value),
    };

    /// <summary>
    /// ECMAScript ToPrimitive: calls the object's valueOf/toString (script-defined ones too). Dates
    /// prefer strings unless a number is explicitly wanted, as the spec's default hint says.
    /// </summary>
    internal object? ToPrimitive(object? value, bool preferString, bool numberHint = false)
    {
        if (value is not JsObject obj)
        {
            return value;
        }

        if (obj is JsDate && !numberHint)
        {
            preferString = true;
        }

        var first = preferString ? "toString" : "valueOf";
        var second = preferString ? "valueOf" : "toString";
        if (obj.Get(first) is JsFunction f1 && Call(f1, obj, []) is var r1 && r1 is not JsObject)
        {
            return r1;
        }

        if (obj.Get(second) is JsFunction f2 && Call(f2, obj, []) is var r2 && r2 is not JsObject)
        {
            return r2;
        }

        throw JsThrowException.TypeError("Cannot convert object to primitive value");
    }
}
