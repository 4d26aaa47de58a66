using System.Globalization;
using System.Text;
using System.Text.Json;
using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class JsonBuiltins
{
    private const int MaxDepth = 256;
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    public static void Install(Dictionary<string, object?> globals)
    {
        var json = new JsObject(Intrinsics.ObjectPrototype);
        Method(json, "stringify", 3, static (i, _, a) => Stringify(i, At(a, 0), At(a, 2)));
        Method(json, "parse", 2, static (i, _, a) => Parse(i, i.ToString(At(a, 0))));
        globals["JSON"] = json;
    }

    private static object? Parse(Interpreter interpreter, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, ParseOptions);
            return interpreter.FromJsonElement(document.RootElement, 0);
        }
        catch (JsonException ex)
        {
            throw JsThrowException.SyntaxError($"Unexpected token in JSON at position {(ex.BytePositionInLine ?? 0).ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static object? Stringify(Interpreter interpreter, object? value, object? space)
    {
        string indent = space switch
        {
            double d => new string(' ', (int)Math.Clamp(d, 0, 10)),
            string s => s.Length > 10 ? s[..10] : s,
            _ => "",
        };
        var writer = new JsonWriter(interpreter, indent);
        return writer.Write(value, "", 0) ? writer.ToString() : JsValue.Undefined;
    }

    private sealed class JsonWriter(Interpreter interpreter, string indent)
    {
        private readonly StringBuilder _sb = new();
        private readonly List<JsObject> _stack = [];
        private int _accounted;

        public override string ToString()
        {
            interpreter.AllocateString(_sb.Length);
            return _sb.ToString();
        }

        /// <summary>Writes a value; false when it has no JSON form (undefined, functions).</summary>
        public bool Write(object? value, string key, int depth)
        {
            if (value is JsObject withToJson and not JsFunction && withToJson.Get("toJSON") is JsFunction toJson)
            {
                value = interpreter.Call(toJson, withToJson, [key]);
            }

            switch (value)
            {
                case null:
                    _sb.Append("null");
                    return true;
                case bool b:
                    _sb.Append(b ? "true" : "false");
                    return true;
                case double d:
                    _sb.Append(double.IsFinite(d) ? JsNumber.ToString(d) : "null");
                    return true;
                case string s:
                    Quote(s);
                    return true;
                case JsUndefined or JsFunction:
                    return false;
                case JsObject obj:
                    if (_stack.Contains(obj))
                    {
                        throw JsThrowException.TypeError("Converting circular structure to JSON");
                    }

                    if (depth > MaxDepth)
                    {
                        throw JsThrowException.RangeError("Value is nested too deeply for JSON.stringify");
                    }

                    if (_sb.Length - _accounted > 4096)
                    {
                        interpreter.AllocateString(_sb.Length - _accounted);
                        _accounted = _sb.Length;
                    }

                    _stack.Add(obj);
                    if (obj is JsArray array)
                    {
                        WriteArray(array, depth);
                    }
                    else
                    {
                        WriteObject(obj, depth);
                    }

                    _stack.RemoveAt(_stack.Count - 1);
                    return true;
                default:
                    return false;
            }
        }

        private void WriteArray(JsArray array, int depth)
        {
            _sb.Append('[');
            for (int k = 0; k < array.Items.Count; k++)
            {
                if (k > 0)
                {
                    _sb.Append(',');
                }

                NewLine(depth + 1);
                if (!Write(array.Items[k], JsNumber.ToString(k), depth + 1))
                {
                    _sb.Append("null");
                }
            }

            if (array.Items.Count > 0)
            {
                NewLine(depth);
            }

            _sb.Append(']');
        }

        private void WriteObject(JsObject obj, int depth)
        {
            _sb.Append('{');
            bool any = false;
            foreach (var key in obj.OwnKeys())
            {
                int mark = _sb.Length;
                if (any)
                {
                    _sb.Append(',');
                }

                NewLine(depth + 1);
                Quote(key);
                _sb.Append(indent.Length > 0 ? ": " : ":");
                if (Write(obj.Get(key), key, depth + 1))
                {
                    any = true;
                }
                else
                {
                    _sb.Length = mark; // properties without a JSON form are left out
                }
            }

            if (any)
            {
                NewLine(depth);
            }

            _sb.Append('}');
        }

        private void NewLine(int depth)
        {
            if (indent.Length == 0)
            {
                return;
            }

            _sb.Append('\n');
            for (int k = 0; k < depth; k++)
            {
                _sb.Append(indent);
            }
        }

        private void Quote(string s)
        {
            _sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': _sb.Append("\\\""); break;
                    case '\\': _sb.Append("\\\\"); break;
                    case '\n': _sb.Append("\\n"); break;
                    case '\r': _sb.Append("\\r"); break;
                    case '\t': _sb.Append("\\t"); break;
                    case '\b': _sb.Append("\\b"); break;
                    case '\f': _sb.Append("\\f"); break;
                    default:
                        if (c < 0x20)
                        {
                            _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _sb.Append(c);
                        }

                        break;
                }
            }

            _sb.Append('"');
        }
    }
}
