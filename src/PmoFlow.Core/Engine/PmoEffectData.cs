using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PmoFlow.Core.Engine;

/// <summary>
/// An effect record as the <see cref="JsonObject"/> a <c>WorkflowEffect</c> carries, holding the record's own values
/// rather than a serialized copy of them: one entry per property, named and written as <see cref="PmoJson.Options"/>
/// writes the record, so the object reads and serializes exactly like <c>JsonSerializer.SerializeToNode(record)</c>.
/// </summary>
/// <remarks>
/// Effects are committed in the process that recorded them, so their JSON is rarely written at all. Serializing a
/// gate evaluation into nodes and parsing it back in the store cost two passes over its clauses and its input
/// snapshot (several KB) on every transition; a handler now takes the value back with <see cref="TryGet{T}"/> and
/// parses only data that arrived as JSON.
/// </remarks>
public static class PmoEffectData
{
    private static readonly JsonTypeInfo<object> AnyValue = (JsonTypeInfo<object>)PmoJson.Options.GetTypeInfo(typeof(object));

    /// <summary>The record's properties, each wrapping its value.</summary>
    public static JsonObject From<T>(T record) where T : notnull
    {
        var info = PmoJson.Options.GetTypeInfo(typeof(T));
        var data = new JsonObject();
        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get) continue;
            var value = get(record);
            if (property.ShouldSerialize is { } should && !should(record, value)) continue;
            // Written through the runtime type's contract, as the serializer writes a property.
            data[property.Name] = value is null ? null : JsonValue.Create(value, AnyValue);
        }
        return data;
    }

    /// <summary>The value of <paramref name="property"/> when the object holds it as a <typeparamref name="T"/>; false for parsed JSON.</summary>
    public static bool TryGet<T>(JsonObject data, string property, out T value)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.TryGetPropertyValue(property, out var node) && node is JsonValue held && held.TryGetValue(out T? typed) && typed is not null)
        {
            value = typed;
            return true;
        }
        value = default!;
        return false;
    }
}
