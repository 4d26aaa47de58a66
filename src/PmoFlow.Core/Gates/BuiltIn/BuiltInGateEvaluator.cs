using System.Text.Json;
using System.Text.Json.Serialization;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// The rules of the ten default flywheel gates, one small rule class per gate. Organizations override them with
/// C# rule packs; these are the profile defaults (DESIGN.md §2).
/// </summary>
internal sealed class BuiltInGateEvaluator : IGateEvaluator
{
    /// <summary>The name recorded in <see cref="GateEvaluation.Evaluator"/>; the suffix changes whenever a rule's policy does.</summary>
    public const string Name = "built-in/1";

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Dictionary<string, IGateRule> _rules;

    /// <summary>Creates the evaluator with the ten default gate rules.</summary>
    public BuiltInGateEvaluator()
    {
        IGateRule[] rules =
        [
            new Gate1To2Rule(), new Gate2To3Rule(), new Gate3To4Rule(), new Gate4To5Rule(), new Gate5To6Rule(),
            new Gate6To7Rule(), new Gate7To8Rule(), new Gate8To9Rule(), new Gate9To10Rule(), new Gate10To1Rule(),
        ];
        _rules = rules.ToDictionary(r => r.Gate, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public bool Handles(string gate) => gate is not null && _rules.ContainsKey(gate);

    /// <inheritdoc />
    public GateEvaluation Evaluate(GateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_rules.TryGetValue(context.Gate, out var rule))
            throw new ArgumentException($"The built-in rules do not handle '{context.Gate}'; ask Handles first.", nameof(context));

        var service = context.Service;
        var clauses = new ClauseList();
        RequireServiceInStep(context, clauses);
        rule.Evaluate(context, clauses);

        var waiver = context.ActiveWaiver;
        if (waiver is not null)
        {
            // The clauses stay in the record so it shows what the waiver let through.
            clauses.Warn("waiver", "the gate is waived: the service may advance whatever the clauses say",
                observed: $"waived by {waiver.GrantedBy} ({waiver.Role}) until {GateFormat.Date(waiver.Until)}: {waiver.Reason}", threshold: "no waiver");
        }

        var snapshot = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["gate"] = context.Gate,
            ["now"] = context.Now,
            ["service"] = new { service.Id, service.Step, service.Turn, service.StepEnteredAt },
        };
        foreach (var (name, value) in clauses.Inputs) snapshot[name] = value;
        if (waiver is not null) snapshot["waiver"] = new { waiver.Id, waiver.GrantedBy, waiver.Role, waiver.GrantedAt, waiver.Until };

        return new GateEvaluation(
            Id: PmoIds.New(context.Now),
            ServiceId: service.Id,
            Gate: context.Gate,
            Turn: service.Turn,
            EvaluatedAt: context.Now,
            Outcome: waiver is null ? Decide(clauses.Clauses) : GateOutcome.Ready,
            Clauses: clauses.Clauses.ToArray(),
            InputSnapshot: JsonSerializer.Serialize(snapshot, SnapshotJson),
            Evaluator: Name,
            WaiverId: waiver?.Id);
    }

    /// <summary>Ready if every required clause holds; otherwise the most severe kind among the failures.</summary>
    internal static GateOutcome Decide(IReadOnlyList<GateClause> clauses)
    {
        var failing = clauses.Where(c => c.Severity == ClauseSeverity.Required && !c.Passed).ToList();
        if (failing.Count == 0) return GateOutcome.Ready;
        if (failing.Any(c => c.Kind == GateOutcome.Blocked)) return GateOutcome.Blocked;
        return failing.Any(c => c.Kind == GateOutcome.NeedsEvidence) ? GateOutcome.NeedsEvidence : GateOutcome.NeedsApproval;
    }

    // Rules read "since the step was entered", so a gate evaluated from another step would judge the wrong window.
    private static void RequireServiceInStep(GateContext context, ClauseList clauses)
    {
        if (!Flywheel.Flywheel.TryParseGate(context.Gate, out var from) || context.Service.Step == from) return;
        var step = context.Service.Step;
        clauses.Require("service-step", $"the service is in {from.DisplayName()}",
            observed: step.DisplayName(), threshold: from.DisplayName(), passed: false,
            missing: $"the service is in {step.DisplayName()}: evaluate {step.GateFrom()} instead", GateOutcome.Blocked);
    }
}
