using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// Reads a test file: <c>{ "cases": [ { "name", "gate", "now", "context", "thresholds"?, "expect": { "outcome", "clauses" } } ] }</c>.
/// A case that does not read becomes an entry with its error at its JSON path, so the other cases still run.
/// </summary>
internal static class RuleTestFileReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <exception cref="RuleTestFileException">The file is not JSON, or has no <c>cases</c> array.</exception>
    public static IReadOnlyList<RuleTestEntry> Read(RuleTestFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new RuleTestFileException($"{TestJson.File(file.Name)}({line},{column}): not valid JSON: {TestJson.Reason(ex)}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array)
                throw new RuleTestFileException(TestJson.At(file.Name, "$.cases", "required: an array of test cases ({ \"cases\": [ { \"name\", \"gate\", \"now\", \"context\", \"expect\" } ] })"));
            return [.. cases.EnumerateArray().Select((item, index) => ReadCase(file, item, index))];
        }
    }

    private static RuleTestEntry ReadCase(RuleTestFile file, JsonElement item, int index)
    {
        var path = $"$.cases[{index.ToString(CultureInfo.InvariantCulture)}]";
        var name = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()!
            : $"case {(index + 1).ToString(CultureInfo.InvariantCulture)}";
        try
        {
            if (item.ValueKind != JsonValueKind.Object) throw new CaseException(path, "a test case must be an object");
            if (item.TryGetProperty("name", out var nameValue) && nameValue.ValueKind != JsonValueKind.String)
                throw new CaseException(path + ".name", "must be a string");
            var gate = Gate(item, path);
            var now = Now(item, path);
            var context = Required(item, "context", path, "the service's data, as an evaluation snapshot's $context");
            if (context.ValueKind != JsonValueKind.Object) throw new CaseException(path + ".context", "must be an object");
            var thresholds = item.TryGetProperty("thresholds", out var t) ? Deserialize<Dictionary<string, decimal>>(t, path + ".thresholds") ?? [] : [];
            GateOutcome? outcome = null;
            IReadOnlyList<ExpectedClause>? clauses = null;
            if (item.TryGetProperty("expect", out var expect))
            {
                if (expect.ValueKind != JsonValueKind.Object) throw new CaseException(path + ".expect", "must be an object with \"outcome\" and/or \"clauses\"");
                if (expect.TryGetProperty("outcome", out var o)) outcome = Outcome(o, path + ".expect.outcome");
                if (expect.TryGetProperty("clauses", out var c)) clauses = Clauses(c, path + ".expect.clauses");
            }
            var testCase = new RuleTestCase(file.Name, name, gate, now, context.Clone(), new Dictionary<string, decimal>(thresholds, StringComparer.OrdinalIgnoreCase),
                outcome, clauses, path);
            return new RuleTestEntry(name, path, testCase, null);
        }
        catch (CaseException ex)
        {
            return new RuleTestEntry(name, path, null, TestJson.At(file.Name, ex.Path, ex.Message));
        }
    }

    private static string Gate(JsonElement item, string path)
    {
        var gate = Required(item, "gate", path, "the gate the case evaluates (such as gate-5-6)");
        if (gate.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(gate.GetString()))
            throw new CaseException(path + ".gate", $"{gate.GetRawText()} is not a gate name (such as gate-5-6)");
        return gate.GetString()!;
    }

    private static DateTimeOffset Now(JsonElement item, string path)
    {
        var now = Required(item, "now", path, "the engine's clock for the case (such as 2026-07-10T09:00:00+00:00)");
        return now.ValueKind == JsonValueKind.String && now.TryGetDateTimeOffset(out var value)
            ? value
            : throw new CaseException(path + ".now", $"{now.GetRawText()} is not a date and time (such as 2026-07-10T09:00:00+00:00)");
    }

    private static GateOutcome Outcome(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String && Enum.TryParse<GateOutcome>(value.GetString(), ignoreCase: true, out var outcome) && Enum.IsDefined(outcome)
            ? outcome
            : throw new CaseException(path, $"{value.GetRawText()} is not an outcome (one of: {string.Join(", ", Enum.GetNames<GateOutcome>())})");

    private static List<ExpectedClause> Clauses(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array) throw new CaseException(path, "must be an array of clauses");
        var clauses = new List<ExpectedClause>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = $"{path}[{index++.ToString(CultureInfo.InvariantCulture)}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                throw new CaseException(at + ".name", "required: the clause's name");
            clauses.Add(Deserialize<ExpectedClause>(item, at)!);
        }
        return clauses;
    }

    private static JsonElement Required(JsonElement item, string property, string path, string what) =>
        item.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new CaseException($"{path}.{property}", $"required: {what}");

    private static T? Deserialize<T>(JsonElement value, string path)
    {
        try
        {
            return value.Deserialize<T>(Json);
        }
        catch (JsonException ex)
        {
            throw new CaseException(TestJson.Rebase(path, ex), TestJson.Reason(ex, value));
        }
    }

    /// <summary>What is wrong with one case, at its JSON path.</summary>
    private sealed class CaseException(string path, string message) : Exception(message)
    {
        public string Path { get; } = path;
    }
}
