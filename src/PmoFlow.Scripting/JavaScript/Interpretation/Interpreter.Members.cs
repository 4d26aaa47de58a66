using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    /// <summary>Reads <c>target[key]</c>, where key is a string name or an evaluated computed key.</summary>
    internal object? GetMember(object? target, object? key, Node? site)
    {
        switch (target)
        {
            case JsArray array when key is double d:
                int index = (int)d;
                if (index == d && index >= 0)
                {
                    return array.GetIndex(index);
                }

                break;
            case string text:
                if (key is double position)
                {
                    int i = (int)position;
                    return i == position && i >= 0 && i < text.Length ? text[i].ToString() : JsValue.Undefined;
                }

                var name = ToPropertyKey(key);
                if (name == "length")
                {
                    return JsValue.Number(text.Length);
                }

                if (JsArray.TryParseIndex(name, out int charIndex))
                {
                    return charIndex < text.Length ? text[charIndex].ToString() : JsValue.Undefined;
                }

                return Intrinsics.StringPrototype.Get(name);
            case null:
            case JsUndefined:
                var error = JsThrowException.TypeError($"Cannot read properties of {Describe(target)} (reading '{ToPropertyKey(key)}')");
                throw site is null ? error : error.At(site.Line, site.Column);
        }

        var propertyKey = ToPropertyKey(key);
        return target switch
        {
            JsObject obj => obj.Get(propertyKey),
            double => Intrinsics.NumberPrototype.Get(propertyKey),
            bool => Intrinsics.BooleanPrototype.Get(propertyKey),
            _ => JsValue.Undefined,
        };
    }

    internal void SetMember(object? target, object? key, object? value, Node site)
    {
        if (target is JsArray array && key is double d)
        {
            int index = (int)d;
            if (index == d && index >= 0)
            {
                if (index > array.Items.Count + 10_000_000L)
                {
                    throw JsThrowException.RangeError("Invalid array length").At(site.Line, site.Column);
                }

                Allocate(16L * Math.Max(1, index + 1 - array.Items.Count));
                array.SetIndex(index, value);
                return;
            }
        }

        if (target is JsObject obj)
        {
            var propertyKey = ToPropertyKey(key);
            if (obj is JsArray list && propertyKey == "length" && value is double length && length > list.Items.Count)
            {
                Allocate(16L * (long)Math.Min(length - list.Items.Count, long.MaxValue / 32));
            }

            try
            {
                if (obj.Set(propertyKey, value))
                {
                    Allocate(32 + (propertyKey.Length * 2L));
                }
            }
            catch (JsThrowException ex)
            {
                throw ex.At(site.Line, site.Column);
            }

            return;
        }

        if (JsValue.IsNullish(target))
        {
            throw JsThrowException.TypeError($"Cannot set properties of {Describe(target)} (setting '{ToPropertyKey(key)}')").At(site.Line, site.Column);
        }

        // Writes to primitives are silently ignored, as in sloppy-mode JavaScript.
    }

    internal string ToPropertyKey(object? key) => key switch
    {
        string s => s,
        double d => JsNumber.ToString(d),
        _ => ToString(key),
    };

    /// <summary>A short description of a value for error messages.</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "null",
        JsUndefined => "undefined",
        string s => s.Length > 40 ? $"\"{s[..40]}...\"" : $"\"{s}\"",
        JsFunction f => f.Name.Length > 0 ? f.Name : "function",
        JsArray => "array",
        JsObject => "object",
        _ => JsConvert.PrimitiveToString(value),
    };
}
