using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoFlow.Workflows.Runtime.State;

/// <summary>
/// <see cref="ExecutionLogEntry"/> written and read by hand, in exactly the shape the serializer gives it under
/// <see cref="InstanceStateSerializer.Options"/> (camelCase names, <c>outcomes</c> left out when null, names matched
/// ignoring case on the way in). The log is most of an instance's state and is read and written on every save; the
/// serializer's path for a record with a constructor buffers every argument of every entry first.
/// </summary>
internal sealed class ExecutionLogEntryConverter : JsonConverter<ExecutionLogEntry>
{
    private const string ActivityId = "activityId";
    private const string ActivityType = "activityType";
    private const string EventName = "eventName";
    private const string Timestamp = "timestamp";
    private const string Outcomes = "outcomes";

    public override ExecutionLogEntry Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"An execution log entry must be an object, not {reader.TokenType}.");
        string? activityId = null, activityType = null, eventName = null;
        DateTimeOffset timestamp = default;
        List<string>? outcomes = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = Match(ref reader);
            reader.Read();
            switch (property)
            {
                case Property.ActivityId: activityId = reader.GetString(); break;
                case Property.ActivityType: activityType = reader.GetString(); break;
                case Property.EventName: eventName = reader.GetString(); break;
                case Property.Timestamp: timestamp = reader.TokenType == JsonTokenType.Null ? default : reader.GetDateTimeOffset(); break;
                case Property.Outcomes: outcomes = ReadStrings(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        // As the serializer does for a missing constructor argument: its default.
        return new ExecutionLogEntry(activityId!, activityType!, eventName!, timestamp, outcomes);
    }

    public override void Write(Utf8JsonWriter writer, ExecutionLogEntry value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteString(writer, ActivityId, value.ActivityId);
        WriteString(writer, ActivityType, value.ActivityType);
        WriteString(writer, EventName, value.EventName);
        writer.WriteString(Timestamp, value.Timestamp);
        if (value.Outcomes is { } outcomes)
        {
            writer.WriteStartArray(Outcomes);
            foreach (var outcome in outcomes)
            {
                if (outcome is null) writer.WriteNullValue();
                else writer.WriteStringValue(outcome);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private enum Property { Other, ActivityId, ActivityType, EventName, Timestamp, Outcomes }

    /// <summary>The property the reader is on: compared as bytes when spelled as written (no string), else ignoring case.</summary>
    private static Property Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("activityId"u8)) return Property.ActivityId;
        if (reader.ValueTextEquals("activityType"u8)) return Property.ActivityType;
        if (reader.ValueTextEquals("eventName"u8)) return Property.EventName;
        if (reader.ValueTextEquals("timestamp"u8)) return Property.Timestamp;
        if (reader.ValueTextEquals("outcomes"u8)) return Property.Outcomes;
        var name = reader.GetString();
        return Is(name, ActivityId) ? Property.ActivityId
            : Is(name, ActivityType) ? Property.ActivityType
            : Is(name, EventName) ? Property.EventName
            : Is(name, Timestamp) ? Property.Timestamp
            : Is(name, Outcomes) ? Property.Outcomes
            : Property.Other;
    }

    private static bool Is(string? name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null-valued properties are left out, as <see cref="JsonIgnoreCondition.WhenWritingNull"/> leaves them.</summary>
    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    private static List<string>? ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"An execution log entry's outcomes must be an array, not {reader.TokenType}.");
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(reader.GetString()!);
        return list;
    }
}
