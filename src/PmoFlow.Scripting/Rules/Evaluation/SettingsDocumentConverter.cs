using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// Writes a settings document of the context (charter, baseline, thresholds) as <paramref name="plain"/> writes it, but
/// keeps the JSON of the last instance written and writes it again while the context holds that same instance. The
/// store parses each document once per stored text and hands every gate the same immutable record, so a snapshot
/// serializes a third of its context once per settings change instead of once per evaluation.
/// </summary>
internal sealed class SettingsDocumentConverter<T>(JsonSerializerOptions plain) : JsonConverter<T> where T : class
{
    private Written? _last;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, plain);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var last = Volatile.Read(ref _last);
        if (last is null || !ReferenceEquals(last.Value, value))
        {
            last = new Written(value, JsonSerializer.SerializeToUtf8Bytes(value, plain));
            Volatile.Write(ref _last, last);
        }
        writer.WriteRawValue(last.Json, skipInputValidation: true);
    }

    private sealed record Written(T Value, byte[] Json);
}
