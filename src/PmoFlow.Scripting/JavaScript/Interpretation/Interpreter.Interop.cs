using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private const int MaxInteropDepth = 64;

    /// <summary>Converts a .NET value from the workflow into a JavaScript value (copying collections).</summary>
    internal object? ToJs(object? value) => ToJs(value, 0);

    private object? ToJs(object? value, int depth)
    {
        if (depth > MaxInteropDepth)
        {
            throw JsThrowException.TypeError("A workflow value is nested too deeply (or is circular) to convert to JavaScript");
        }

        switch (value)
        {
            case null:
                return null;
            case string s:
                AllocateString(s.Length);
                return s;
            case bool b:
                return JsValue.Boolean(b);
            case double d:
                return JsValue.Number(d);
            case int i:
                return JsValue.Number(i);
            case long l:
                return JsValue.Number(l);
            case float or decimal or short or byte or sbyte or ushort or uint or ulong:
                return JsValue.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case char c:
                return c.ToString();
            case JsUndefined or JsObject:
                return value;
            case DateTime dateTime:
                return dateTime.ToString("O", CultureInfo.InvariantCulture);
            case DateTimeOffset dateTimeOffset:
                return dateTimeOffset.ToString("O", CultureInfo.InvariantCulture);
            case Guid guid:
                return guid.ToString("D");
            case TimeSpan timeSpan:
                return timeSpan.ToString("c", CultureInfo.InvariantCulture);
            case JsonElement element:
                return FromJsonElement(element, depth);
            case JsonNode node:
                return FromJsonNode(node, depth);
            case IDictionary<string, object?> dictionary:
                var obj = NewObject();
                foreach (var pair in dictionary)
                {
                    AddProperty(obj, pair.Key, ToJs(pair.Value, depth + 1));
                }

                return obj;
            case IDictionary legacy:
                var legacyObject = NewObject();
                foreach (DictionaryEntry entry in legacy)
                {
                    AddProperty(legacyObject, Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", ToJs(entry.Value, depth + 1));
                }

                return legacyObject;
            case IEnumerable enumerable:
                var items = new List<object?>();
                foreach (var item in enumerable)
                {
                    Allocate(16);
                    items.Add(ToJs(item, depth + 1));
                }

                return new JsArray(items);
            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }

    private JsObject NewObject()
    {
        Allocate(48);
        return new JsObject(Intrinsics.ObjectPrototype);
    }

    private void AddProperty(JsObject obj, string key, object? value)
    {
        if (obj.Set(key, value))
        {
            Allocate(32 + (key.Length * 2L));
        }
    }

    internal object? FromJsonElement(JsonElement element, int depth)
    {
        if (depth > MaxInteropDepth)
        {
            throw JsThrowException.TypeError("A JSON value is nested too deeply to convert to JavaScript");
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = NewObject();
                foreach (var property in element.EnumerateObject())
                {
                    AddProperty(obj, property.Name, FromJsonElement(property.Value, depth + 1));
                }

                return obj;
            case JsonValueKind.Array:
                var items = new List<object?>(element.GetArrayLength());
                Allocate(16L * items.Capacity);
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(FromJsonElement(item, depth + 1));
                }

                return new JsArray(items);
            case JsonValueKind.String:
                var text = element.GetString()!;
                AllocateString(text.Length);
                return text;
            case JsonValueKind.Number:
                return JsValue.Number(element.GetDouble());
            case JsonValueKind.True:
                return JsValue.True;
            case JsonValueKind.False:
                return JsValue.False;
            default:
                return null;
        }
    }

    private object? FromJsonNode(JsonNode node, int depth)
    {
        switch (node)
        {
            case JsonObject jsonObject:
                var obj = NewObject();
                foreach (var pair in jsonObject)
                {
                    AddProperty(obj, pair.Key, pair.Value is null ? null : FromJsonNode(pair.Value, depth + 1));
                }

                return obj;
            case JsonArray jsonArray:
                var items = new List<object?>(jsonArray.Count);
                Allocate(16L * jsonArray.Count);
                foreach (var item in jsonArray)
                {
                    items.Add(item is null ? null : FromJsonNode(item, depth + 1));
                }

                return new JsArray(items);
            default:
                return node.GetValueKind() switch
                {
                    JsonValueKind.String => node.GetValue<string>(),
                    JsonValueKind.Number => JsValue.Number(double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
                    JsonValueKind.True => JsValue.True,
                    JsonValueKind.False => JsValue.False,
                    _ => null,
                };
        }
    }
}
