using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmoFlow.Cli.Commands;

/// <summary>Reads <c>--input NAME=VALUE</c> pairs; a VALUE that parses as JSON is taken as JSON (numbers, booleans, objects).</summary>
internal static class InputParser
{
    public static bool TryParse(IEnumerable<string> pairs, out Dictionary<string, object?> input, out string? error)
    {
        input = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        error = null;
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                error = $"--input '{pair}' is not NAME=VALUE";
                return false;
            }
            var name = pair[..equals].Trim();
            var text = pair[(equals + 1)..];
            input[name] = ParseValue(text);
        }
        return true;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
