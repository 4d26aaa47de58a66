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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string Write(GateContext context, RuleRun run, Waiver? waiver, RulePackVersion version, IReadOnlyDictionary<string, decimal> thresholds)
    {
        var service = context.Service;
        // In order, a later entry of the same name replacing an earlier one in its place (a rule may read "service").
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal)
        {
            ["gate"] = new(context.Gate, Json),
            ["now"] = new(context.Now, Json),
            ["service"] = new(new { service.Id, service.Step, service.Turn, service.StepEnteredAt }, Json),
        };
        foreach (var (name, json) in run.Inputs) entries[name] = new(json, Options: null);
        if (waiver is not null) entries["waiver"] = new(new { waiver.Id, waiver.GrantedBy, waiver.Role, waiver.GrantedAt, waiver.Until }, Json);
        entries[PackKey] = new(new { name = version.Pack, hash = version.Hash, evaluator = version.Evaluator, rules = run.RulesRun }, Json);
        entries[ContextKey] = new(context, GateContextJson.Options);
        if (thresholds.Count > 0) entries[ThresholdsKey] = new(thresholds, Json);

        // Straight into one buffer, reused by the thread: no text per entry, and no copy of each into the whole.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, entry) in entries)
            {
                writer.WritePropertyName(name);
                if (entry.Options is null) writer.WriteRawValue((string)entry.Value!, skipInputValidation: true);
                else if (entry.Value is null) writer.WriteNullValue();
                else JsonSerializer.Serialize(writer, entry.Value, entry.Value.GetType(), entry.Options);
            }
            writer.WriteEndObject();
        }
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        // A rare huge snapshot should not stay with the thread.
        if (buffer.Capacity > 256 * 1024) t_buffer = null;
        return text;
    }

    /// <summary>A value to serialize with <paramref name="Options"/>, or, without options, JSON text a rule already wrote.</summary>
    private readonly record struct Entry(object? Value, JsonSerializerOptions? Options);

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
