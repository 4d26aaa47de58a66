using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Waivers;
using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// The input snapshot of a rule-pack evaluation. Its first keys are the built-in evaluator's (<c>gate</c>,
/// <c>now</c>, <c>service</c>, what the rules read, <c>waiver</c>), so an auditor reads both the same way; then
/// <c>$pack</c> (name, content hash, the rules that ran) and <c>$context</c>, the whole <see cref="GateContext"/>
/// the rules saw, with <c>$thresholds</c> when named thresholds were configured. From those three a replay rebuilds
/// exactly what the rules read and runs the exact rules that read it.
/// </summary>
internal static class EvaluationSnapshot
{
    public const string PackKey = "$pack";
    public const string ContextKey = "$context";
    public const string ThresholdsKey = "$thresholds";

    // The built-in evaluator's settings, so the shared keys read alike.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(GateContext context, RuleRun run, Waiver? waiver, RulePackVersion version, IReadOnlyDictionary<string, decimal> thresholds)
    {
        var service = context.Service;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["gate"] = JsonSerializer.Serialize(context.Gate, Json),
            ["now"] = JsonSerializer.Serialize(context.Now, Json),
            ["service"] = JsonSerializer.Serialize(new { service.Id, service.Step, service.Turn, service.StepEnteredAt }, Json),
        };
        foreach (var (name, json) in run.Inputs) entries[name] = json;
        if (waiver is not null) entries["waiver"] = JsonSerializer.Serialize(new { waiver.Id, waiver.GrantedBy, waiver.Role, waiver.GrantedAt, waiver.Until }, Json);
        entries[PackKey] = JsonSerializer.Serialize(new { name = version.Pack, hash = version.Hash, evaluator = version.Evaluator, rules = run.RulesRun }, Json);
        entries[ContextKey] = GateContextJson.Serialize(context);
        if (thresholds.Count > 0) entries[ThresholdsKey] = JsonSerializer.Serialize(thresholds, Json);

        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, json) in entries)
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(json, skipInputValidation: true);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>What a replay needs from a stored snapshot; null when the evaluation was not made by a rule pack.</summary>
    public static ReplayInput? Read(string snapshot)
    {
        using var document = JsonDocument.Parse(snapshot);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(ContextKey, out var context) || !root.TryGetProperty(PackKey, out var pack)) return null;
        var thresholds = root.TryGetProperty(ThresholdsKey, out var named)
            ? named.Deserialize<Dictionary<string, decimal>>(Json) ?? []
            : new Dictionary<string, decimal>();
        return new ReplayInput(
            GateContextJson.Deserialize(context),
            new Dictionary<string, decimal>(thresholds, StringComparer.OrdinalIgnoreCase),
            pack.GetProperty("name").GetString()!,
            pack.GetProperty("hash").GetString()!);
    }
}
