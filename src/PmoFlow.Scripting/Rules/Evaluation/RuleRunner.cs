using System.Diagnostics;
using PmoFlow.Abstractions.Rules;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.Rules.Loading;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// Runs a gate's rules in order under one evaluation budget. Whatever a rule does (throws, loops, recurses, allocates
/// too much) ends as a <see cref="RuleFailure"/>; the host carries on.
/// </summary>
internal static class RuleRunner
{
    public static RuleRun Run(IReadOnlyList<CompiledRule> rules, RuleContext context, RuleLimits limits, TimeProvider clock)
    {
        var clauses = new List<GateClause>();
        var inputs = new List<KeyValuePair<string, string>>();
        var ran = new List<string>();
        RuleFailure? failure = null;
        long steps;
        using (RuleRuntime.Begin(limits, clock))
        {
            foreach (var rule in rules)
            {
                RuleGlobals instance;
                try
                {
                    instance = rule.Create();
                    instance.Run(context);
                }
                catch (Exception ex)
                {
                    // Only text leaves this block: an exception's stack trace would keep the rule's load context alive.
                    failure = new RuleFailure(rule.Header.Id, rule.Header.File, Describe(ex), (ex as RuleLimitException)?.Limit);
                    break;
                }
                clauses.AddRange(instance.Clauses.Select(ToGateClause));
                inputs.AddRange(instance.Inputs);
                ran.Add(rule.Header.Label);
            }
            steps = RuleRuntime.StepsUsed;
        }
        return new RuleRun(clauses, inputs, ran, failure, steps);
    }

    private static GateClause ToGateClause(RuleClause c) => new(c.Name, c.Description, c.Observed, c.Threshold, c.Passed,
        c.IsWarning ? ClauseSeverity.Warning : ClauseSeverity.Required, c.Missing, c.Kind switch
        {
            ClauseKind.NeedsApproval => GateOutcome.NeedsApproval,
            ClauseKind.Blocked => GateOutcome.Blocked,
            _ => GateOutcome.NeedsEvidence,
        });

    private static string Describe(Exception ex) => ex switch
    {
        RuleLimitException limit => "stopped: " + limit.Message,
        OutOfMemoryException => "stopped: the rule asked for more memory than the process could give" + Where(ex),
        InsufficientExecutionStackException => "stopped: calls nested too deep" + Where(ex),
        _ => $"{ex.GetType().Name}: {ex.Message}{Where(ex)}",
    };

    /// <summary>
    /// " (near value-delivery.csx line 12)", from the rule assembly's PDB, when the trace reaches rule code. "Near": rules are
    /// compiled optimized, and the runtime maps optimized code to lines only roughly.
    /// </summary>
    private static string Where(Exception ex)
    {
        foreach (var frame in new StackTrace(ex, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) && frame.GetFileLineNumber() > 0)
                return $" (near {file} line {frame.GetFileLineNumber()})";
        }
        return "";
    }
}
