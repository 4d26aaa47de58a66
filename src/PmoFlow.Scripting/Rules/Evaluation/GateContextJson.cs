using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// A <see cref="GateContext"/> as JSON, losslessly: what a rule-pack evaluation stores so that it can be replayed
/// exactly, and the format of stored test cases. Computed properties (<c>ActiveWaiver</c>, <c>PlannedToDate</c>...)
/// are left out: they follow from the data.
/// </summary>
internal static class GateContextJson
{
    public static readonly JsonSerializerOptions Options = Create(shareSettings: true);

    private static JsonSerializerOptions Create(bool shareSettings)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputed } },
        };
        if (shareSettings)
        {
            // Every gate sees the same three settings documents until one changes; write each once (SettingsDocumentConverter).
            var plain = Create(shareSettings: false);
            options.Converters.Add(new SettingsDocumentConverter<PmoCharter>(plain));
            options.Converters.Add(new SettingsDocumentConverter<OrganizationalBaseline>(plain));
            options.Converters.Add(new SettingsDocumentConverter<GateThresholds>(plain));
        }
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static JsonElement ToElement(GateContext context) => JsonSerializer.SerializeToElement(context, Options);

    /// <summary>Reads a context; missing lists and settings take their defaults, so a hand-written test case can stay short.</summary>
    public static GateContext Deserialize(JsonElement json, string? gate = null, DateTimeOffset? now = null)
    {
        var context = json.Deserialize<GateContext>(Options) ?? throw new JsonException("The context is null.");
        return Normalize(context, gate, now);
    }

    private static GateContext Normalize(GateContext c, string? gate, DateTimeOffset? now)
    {
        gate ??= c.Gate ?? throw new JsonException("The context names no gate.");
        var service = c.Service ?? throw new JsonException("The context has no service.");
        if (!Enum.IsDefined(service.Step) && Flywheel.TryParseGate(gate, out var from)) service = service with { Step = from };
        service = service with
        {
            Name = service.Name ?? service.Id,
            Description = service.Description ?? "",
            Sponsor = service.Sponsor ?? "",
            CustomerIds = service.CustomerIds ?? [],
            Turn = service.Turn == 0 ? 1 : service.Turn,
        };
        var charter = c.Charter ?? new PmoCharter(new Mandate("", ""), [], []);
        charter = charter with
        {
            Mandate = charter.Mandate ?? new Mandate("", ""),
            DecisionRights = [.. (charter.DecisionRights ?? []).Select(r => r with { Gates = r.Gates ?? [] })],
            Objectives = charter.Objectives ?? [],
        };
        var baseline = c.Baseline ?? new OrganizationalBaseline([], "", 1, "", "general");
        baseline = baseline with { StrategyObjectives = baseline.StrategyObjectives ?? [], Culture = baseline.Culture ?? "", Structure = baseline.Structure ?? "", IndustryProfile = baseline.IndustryProfile ?? "general" };
        return c with
        {
            Gate = gate,
            Now = now ?? c.Now,
            Service = service,
            Customers = c.Customers ?? [],
            Kpis = c.Kpis ?? [],
            Observations = c.Observations ?? [],
            Benefits = [.. (c.Benefits ?? []).Select(b => b with { Periods = b.Periods ?? [], Owner = b.Owner ?? "" })],
            Surveys = c.Surveys ?? [],
            Approvals = c.Approvals ?? [],
            Waivers = c.Waivers ?? [],
            Charter = charter,
            Baseline = baseline,
            Thresholds = c.Thresholds ?? new GateThresholds(),
            ValueStatements = [.. (c.ValueStatements ?? []).Select(v => v with { EvidenceLinks = v.EvidenceLinks ?? [] })],
        };
    }

    private static void DropComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("PmoFlow.Core", StringComparison.Ordinal) != true) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null) info.Properties.RemoveAt(i);
        }
    }
}
