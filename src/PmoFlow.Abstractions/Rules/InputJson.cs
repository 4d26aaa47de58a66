using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// Writes what a rule reads as JSON the way System.Text.Json's web defaults would (camelCase properties, enums by
/// name). Not JsonSerializer itself: it caches metadata per type for the life of the options, which would hold every
/// rule assembly's anonymous types, and so every unloaded rule pack, in memory for good.
/// </summary>
internal static class InputJson
{
    private const int MaxDepth = 64;

    // Keyed weakly: an unloaded rule assembly's types drop out with it.
    private static readonly ConditionalWeakTable<Type, PropertyInfo[]> Properties = new();

    public static string Serialize(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value, 0);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException($"A value read by the rule nests deeper than {MaxDepth} levels (a cycle?).");
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case char c: writer.WriteStringValue(c.ToString()); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case short or byte or sbyte or ushort: writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
            case uint u: writer.WriteNumberValue(u); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case DateTimeOffset at: writer.WriteStringValue(at); break;
            case DateTime at: writer.WriteStringValue(at); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeOnly time: writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeSpan span: writer.WriteStringValue(span.ToString("c", CultureInfo.InvariantCulture)); break;
            case Guid guid: writer.WriteStringValue(guid); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case IDictionary dictionary: WriteDictionary(writer, dictionary, depth); break;
            case IEnumerable items: WriteArray(writer, items, depth); break;
            default: WriteObject(writer, value, depth); break;
        }
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary, int depth)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            // Dictionary keys keep their case, as System.Text.Json's web defaults do.
            writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
            Write(writer, entry.Value, depth + 1);
        }
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, IEnumerable items, int depth)
    {
        writer.WriteStartArray();
        foreach (var item in items) Write(writer, item, depth + 1);
        writer.WriteEndArray();
    }

    private static void WriteObject(Utf8JsonWriter writer, object value, int depth)
    {
        writer.WriteStartObject();
        foreach (var property in Properties.GetValue(value.GetType(), Readable))
        {
            writer.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            Write(writer, property.GetValue(value), depth + 1);
        }
        writer.WriteEndObject();
    }

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToArray();
}
