using System.Text.Json;

namespace PmoFlow.Server.Common;

/// <summary>JSON kept as text in records (gate input snapshots, audit details), returned as JSON rather than as a quoted string.</summary>
internal static class JsonText
{
    /// <summary>The parsed JSON; text that is not JSON is returned as a JSON string so nothing is lost.</summary>
    public static JsonElement? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
