using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Core.Engine;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>
/// Reads effect data. A flywheel activity in this process leaves its record's values in the object
/// (<see cref="PmoEffectData"/>), which are taken as they are; data that arrived as JSON is parsed as the record in
/// web JSON with enum names (<see cref="PmoJson"/>).
/// </summary>
/// <remarks>
/// Parsing goes through UTF-8 written with relaxed escaping rather than <c>JsonNode.Deserialize</c>, which writes the
/// node out with the web encoder first: that turns every quote of an embedded JSON text (a gate's input snapshot)
/// into <c>\u0022</c> only for the parser to undo it. The bytes never leave this method, so no escaping is needed for
/// safety.
/// </remarks>
internal static class EffectData
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The whole record.</summary>
    public static T Read<T>(JsonObject data, string type) => Parse<T>(data, type);

    /// <summary>One property of the record (<paramref name="name"/> as it is written in JSON): the value itself when the recorder left it.</summary>
    public static T Property<T>(JsonObject data, string name, string type)
    {
        if (PmoEffectData.TryGet(data, name, out T value)) return value;
        return data[name] is { } node
            ? Parse<T>(node, type)
            : throw new InvalidOperationException($"Effect '{type}' carries no '{name}'.");
    }

    private static T Parse<T>(JsonNode node, string type)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Relaxed)) node.WriteTo(writer, Db.Json);
        try
        {
            return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, Db.Json) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Effect '{type}' carries data that is not a {typeof(T).Name}: {ex.Message}", ex);
        }
    }
}
