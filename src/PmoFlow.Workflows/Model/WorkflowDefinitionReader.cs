using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>Reads and writes Elsa 3 workflow definition JSON.</summary>
public static class WorkflowDefinitionReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a file. Malformed JSON and wrong shapes raise <see cref="WorkflowFormatException"/> naming the file, path, line and column.</summary>
    public static WorkflowDefinition ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses JSON text (a leading byte-order mark is allowed).</summary>
    public static WorkflowDefinition Parse(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return WorkflowDefinition.FromJson(ParseObject(json, source), source);
    }

    /// <summary>Parses JSON text into an object, with Elsa-style positions on failure.</summary>
    public static JsonObject ParseObject(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        json = json.TrimStart('\uFEFF');
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new WorkflowFormatException(source, string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path, $"malformed JSON: {FirstSentence(ex.Message)}", line, column, ex);
        }

        return node as JsonObject ?? throw new WorkflowFormatException(source, "$", "a workflow definition must be a JSON object");
    }

    /// <summary>Writes a definition back to indented JSON, unchanged apart from formatting.</summary>
    public static string Write(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Json.ToJsonString(WriteOptions);
    }

    /// <summary>The parser's message without its own 0-based position and path (the exception carries 1-based ones).</summary>
    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message.TrimEnd();
    }
}
