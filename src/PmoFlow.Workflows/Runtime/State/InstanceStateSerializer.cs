using System.Text.Json;
using System.Text.Json.Serialization;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Runtime.State;

/// <summary>Writes and reads <see cref="WorkflowInstanceState"/> as JSON; values come back as plain .NET values.</summary>
public static class InstanceStateSerializer
{
    /// <summary>The options used for instance state (camelCase, enums as strings).</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>Serializes the state.</summary>
    public static string Serialize(WorkflowInstanceState state, bool indented = false) =>
        JsonSerializer.Serialize(state, indented ? Indented : Options);

    /// <summary>The same JSON as <see cref="Serialize"/>, as UTF-8 (what a store writes: no UTF-16 text in between).</summary>
    public static byte[] SerializeToUtf8(WorkflowInstanceState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    /// <summary>Deserializes state written by <see cref="Serialize"/>.</summary>
    public static WorkflowInstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowInstanceState>(json, Options)
        ?? throw new JsonException("The instance state JSON is null.");

    /// <summary>Deserializes state written by <see cref="SerializeToUtf8"/> or <see cref="Serialize"/>, from UTF-8.</summary>
    public static WorkflowInstanceState Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<WorkflowInstanceState>(utf8Json, Options)
        ?? throw new JsonException("The instance state JSON is null.");

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new NaturalObjectConverter());
        options.Converters.Add(new ExecutionLogEntryConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads <c>object</c> slots as strings, numbers, booleans, lists and dictionaries rather than JsonElement.</summary>
    private sealed class NaturalObjectConverter : JsonConverter<object>
    {
        public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Scalars (most slots: ids, steps, times) straight from the reader, as ValueConverter.Natural would read them.
            switch (reader.TokenType)
            {
                case JsonTokenType.String: return reader.GetString();
                case JsonTokenType.Number: return reader.TryGetInt32(out var i) ? i : reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
                case JsonTokenType.True: return true;
                case JsonTokenType.False: return false;
                case JsonTokenType.Null: return null;
            }
            // No Clone: Natural copies every value out into lists and dictionaries, so nothing outlives the document.
            using var document = JsonDocument.ParseValue(ref reader);
            return ValueConverter.Natural(document.RootElement);
        }

        public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
        {
            if (value.GetType() == typeof(object)) { writer.WriteStartObject(); writer.WriteEndObject(); return; }
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
        }
    }
}
