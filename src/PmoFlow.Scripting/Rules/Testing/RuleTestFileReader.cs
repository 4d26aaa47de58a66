using System.Text.Json;
using System.Text.Json.Serialization;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// Reads a test file: <c>{ "cases": [ { "name", "gate", "now", "context", "thresholds"?, "expect": { "outcome", "clauses" } } ] }</c>.
/// </summary>
internal static class RuleTestFileReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<RuleTestCase> Read(RuleTestFile file)
    {
        using var document = JsonDocument.Parse(file.Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
            throw new JsonException($"{file.Name} has no \"cases\" array.");
        var result = new List<RuleTestCase>();
        foreach (var item in cases.EnumerateArray())
        {
            var name = item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : $"case {result.Count + 1}";
            var gate = Required(item, "gate", file, name).GetString()!;
            var now = Required(item, "now", file, name).GetDateTimeOffset();
            var context = Required(item, "context", file, name).Clone();
            var thresholds = item.TryGetProperty("thresholds", out var t) ? t.Deserialize<Dictionary<string, decimal>>(Json) ?? [] : [];
            GateOutcome? outcome = null;
            IReadOnlyList<ExpectedClause>? clauses = null;
            if (item.TryGetProperty("expect", out var expect))
            {
                if (expect.TryGetProperty("outcome", out var o)) outcome = o.Deserialize<GateOutcome>(Json);
                if (expect.TryGetProperty("clauses", out var c)) clauses = c.Deserialize<List<ExpectedClause>>(Json);
            }
            result.Add(new RuleTestCase(file.Name, name, gate, now, context, new Dictionary<string, decimal>(thresholds, StringComparer.OrdinalIgnoreCase), outcome, clauses));
        }
        return result;
    }

    private static JsonElement Required(JsonElement item, string property, RuleTestFile file, string name) =>
        item.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"{file.Name}, case '{name}': \"{property}\" is required.");
}
