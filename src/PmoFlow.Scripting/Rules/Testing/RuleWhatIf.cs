using Microsoft.Extensions.Options;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Testing;

/// <summary>
/// What-if: evaluates a candidate pack against contexts, beside what the engine decides today (the first evaluator
/// that handles each gate, as the gate activity picks it), and lists the contexts whose outcome would change.
/// </summary>
internal sealed class RuleWhatIf(RulePackLoader loader, IEnumerable<IGateEvaluator> evaluators, IOptions<RuleOptions> options, TimeProvider clock)
{
    public WhatIfReport Compare(RulePackSource candidate, IEnumerable<GateContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(contexts);
        var all = contexts.ToList();
        var load = loader.Load(candidate);
        if (load.Version is not { } version) return new WhatIfReport(candidate.Name, candidate.Hash, load.Diagnostics, 0, [], all.Count);
        try
        {
            var compared = 0;
            var changes = new List<WhatIfChange>();
            var value = options.Value;
            foreach (var context in all)
            {
                // A gate the candidate has no rule for would fall through to the packs after it: unchanged.
                if (!version.Handles(context.Gate)) continue;
                compared++;
                var before = evaluators.FirstOrDefault(e => e.Handles(context.Gate))?.Evaluate(context);
                var (after, _) = RulePackEvaluation.Evaluate(version, context, value.Thresholds.AsReadOnly(), RulePackEvaluation.Limits(value), clock);
                if (before is null || before.Outcome != after.Outcome)
                    changes.Add(new WhatIfChange(context.Service.Id, context.Gate, before ?? Undecided(context), after));
            }
            return new WhatIfReport(candidate.Name, candidate.Hash, load.Diagnostics, compared, changes, all.Count);
        }
        finally
        {
            version.Release();
        }
    }

    /// <summary>Against every service's current gate, read from the store at <paramref name="now"/>.</summary>
    public async Task<WhatIfReport> CompareAsync(RulePackSource candidate, IPmoStore store, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var contexts = new List<GateContext>();
        foreach (var service in await store.ListServicesAsync(ServiceFilter.All, cancellationToken).ConfigureAwait(false))
        {
            if (await store.LoadGateContextAsync(service.Id, service.Step.GateFrom(), now, cancellationToken).ConfigureAwait(false) is { } context)
                contexts.Add(context);
        }
        return Compare(candidate, contexts);
    }

    private static GateEvaluation Undecided(GateContext context)
    {
        var clause = new GateClause("rules", $"a rule decides {context.Gate}", "no rules decide it today", "a rule for the gate", false);
        return new GateEvaluation("", context.Service.Id, context.Gate, context.Service.Turn, context.Now, GateOutcome.NeedsEvidence, [clause], "{}", "none");
    }
}
