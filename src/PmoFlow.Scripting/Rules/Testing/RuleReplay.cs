using System.Text.Json;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// Replays past decisions. A rule-pack evaluation records its pack's content hash and the whole context its rules
/// saw; the sources of every version are archived under their hash. So a decision can be made again with the very
/// rules it used (it must come out the same), or with the rules in force today (to see what a change would have done).
/// </summary>
internal sealed class RuleReplay(RulePackRegistry registry, RulePackLoader loader, IEnumerable<IGateEvaluator> evaluators, IOptions<RuleOptions> options, TimeProvider clock)
{
    /// <summary>Evaluates again what <paramref name="original"/> saw, with the pack version it used.</summary>
    /// <exception cref="ReplayRefusedException">
    /// The evaluation was not made by a rule pack (the built-in rules record no context), its pack version's sources are
    /// not archived here or no longer load, or its snapshot does not read.
    /// </exception>
    public ReplayResult Replay(GateEvaluation original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var input = Input(original);
        return Compare(original, Evaluate(input.Context, input.Hash, input.Thresholds));
    }

    /// <summary>Evaluates what <paramref name="original"/> saw with the rules in force today.</summary>
    public ReplayResult Reevaluate(GateEvaluation original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var input = Input(original);
        var evaluator = evaluators.FirstOrDefault(e => e.Handles(input.Context.Gate))
            ?? throw new ReplayRefusedException($"No rules decide {input.Context.Gate} today.");
        return Compare(original, evaluator.Evaluate(input.Context));
    }

    /// <summary>Evaluates <paramref name="context"/> with the pack version whose content hash is <paramref name="hash"/>.</summary>
    public GateEvaluation Evaluate(GateContext context, string hash, IReadOnlyDictionary<string, decimal>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = options.Value;
        thresholds ??= value.Thresholds.AsReadOnly();
        using var active = registry.AcquireByHash(hash);
        if (active is not null) return RulePackEvaluation.Evaluate(active.Version, context, thresholds, RulePackEvaluation.Limits(value), clock).Evaluation;

        RulePackSource? source;
        try
        {
            source = loader.FindArchived(hash);
        }
        catch (InvalidDataException ex)
        {
            throw new ReplayRefusedException(ex.Message, ex);
        }
        if (source is null)
            throw new ReplayRefusedException($"The sources of rule pack version sha256:{hash} are not in {loader.ArchiveLocation}.");
        var load = loader.Load(source);
        if (load.Version is not { } version)
            throw new ReplayRefusedException($"Rule pack version sha256:{hash} no longer loads:\n{string.Join("\n", load.Diagnostics.Where(d => d.IsError))}");
        try
        {
            return RulePackEvaluation.Evaluate(version, context, thresholds, RulePackEvaluation.Limits(value), clock).Evaluation;
        }
        finally
        {
            version.Release();
        }
    }

    private static ReplayInput Input(GateEvaluation original)
    {
        ReplayInput? input;
        try
        {
            input = EvaluationSnapshot.Read(original.InputSnapshot);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new ReplayRefusedException($"The input snapshot recorded with evaluation {original.Id} does not read: {ex.Message}", ex);
        }
        return input ?? throw new ReplayRefusedException($"Evaluation {original.Id} was made by {original.Evaluator}, which records no context to replay.");
    }

    private static ReplayResult Compare(GateEvaluation original, GateEvaluation replayed)
    {
        var differences = new List<string>();
        if (original.Outcome != replayed.Outcome) differences.Add($"outcome {original.Outcome} became {replayed.Outcome}");
        if (original.WaiverId != replayed.WaiverId) differences.Add($"waiver {original.WaiverId ?? "none"} became {replayed.WaiverId ?? "none"}");
        var count = Math.Max(original.Clauses.Count, replayed.Clauses.Count);
        for (var i = 0; i < count; i++)
        {
            var before = i < original.Clauses.Count ? original.Clauses[i] : null;
            var after = i < replayed.Clauses.Count ? replayed.Clauses[i] : null;
            if (before != after) differences.Add($"clause {i + 1}: {Describe(before)} became {Describe(after)}");
        }
        return new ReplayResult(original, replayed, differences);
    }

    private static string Describe(GateClause? c) =>
        c is null ? "(none)" : $"{c.Name} {(c.Passed ? "passed" : "failed")} (observed \"{c.Observed}\", threshold \"{c.Threshold}\")";
}
