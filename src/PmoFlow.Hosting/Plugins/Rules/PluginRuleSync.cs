using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using PmoFlow.Core.Gates;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Guard;
using PmoFlow.Plugins.Leases;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Hosting.Plugins.Rules;

/// <summary>
/// Keeps the plugins' rule pack in step with the loaded plugins, and holds plugins to their rules: a plugin whose
/// rules cannot go in the pack (a broken header, a taken rule id, a compile error) or whose rule fails in an
/// evaluation is faulted with the reason, like a plugin whose activity throws, and its rules leave the pack. As a
/// hosted service it follows the plugins' change token in the background; gate evaluations and admin operations
/// also bring it in step themselves, so nothing depends on the background being quick.
/// </summary>
internal sealed partial class PluginRuleSync(
    RulePackRegistry registry,
    PluginRulePack pack,
    IPluginContributions contributions,
    IPluginLeases leases,
    IPluginGuard guard,
    ILogger<PluginRuleSync> logger) : IHostedService
{
    /// <summary>The clause the rule engine adds for a rule that did not run to completion (names the rule and its file).</summary>
    private const string RuleFailedClause = "rule-failed";

    private static readonly string EvaluatorPrefix = RulePackSource.EvaluatorName(PluginRulePack.PackName, "");

    private readonly Lock _syncing = new();
    private readonly Lock _following = new();
    private IReadOnlyList<PluginContribution>? _synced;
    private IDisposable? _subscription;
    private Task _background = Task.CompletedTask;
    private int _scheduled;
    private bool _stopped;

    /// <summary>
    /// Reloads the pack if the plugins changed since it was read, and faults the plugins whose rules failed to go in.
    /// With <paramref name="wait"/> false it returns at once while another thread is doing it.
    /// </summary>
    public void Sync(bool wait)
    {
        if (!pack.IsEnabled || IsCurrent) return;
        if (wait) _syncing.Enter();
        else if (!_syncing.TryEnter()) return;
        try
        {
            // Each fault changes the plugin list again (the faulted plugin's rules leave the pack): one more round each.
            for (var round = 0; round <= contributions.Current.Count && !IsCurrent; round++)
            {
                var status = registry.Reload(PluginRulePack.PackName);
                var build = pack.Last;
                foreach (var problem in build.Problems) Fault(problem.PluginId, problem.Generation, "rule pack", problem.Error);
                if (status.HasErrors && status.FailedHash == build.Source.Hash) FaultCompileErrors(build, status.Errors);
                // Only now, with that version in force (or its failure handled), is the pack in step with its plugin list.
                if (status.Hash == build.Source.Hash || status.FailedHash == build.Source.Hash) Volatile.Write(ref _synced, build.Contributions);
            }
        }
        finally
        {
            _syncing.Exit();
        }
    }

    /// <summary>Whether the pack in force was built from the plugins as they are now (the catalog replaces its list on every change).</summary>
    private bool IsCurrent => ReferenceEquals(Volatile.Read(ref _synced), contributions.Current);

    /// <summary>A plugin rule that did not run to completion in <paramref name="evaluation"/> faults its plugin.</summary>
    public void Observe(GateEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (!evaluation.Evaluator.StartsWith(EvaluatorPrefix, StringComparison.Ordinal)) return;
        var failures = evaluation.Clauses.Where(c => c.Name == RuleFailedClause).ToList();
        if (failures.Count == 0 || pack.Find(evaluation.Evaluator[EvaluatorPrefix.Length..]) is not { } build) return;
        foreach (var clause in failures)
        {
            foreach (var (file, rule) in build.Files)
            {
                if (clause.Description.Contains($"({file})", StringComparison.Ordinal))
                    Fault(rule.PluginId, rule.Generation, $"rule {rule.RuleId} (rules/{rule.OwnName})", clause.Observed);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_following)
        {
            _stopped = false;
            _subscription ??= ChangeToken.OnChange(contributions.GetChangeToken, Schedule);
        }
        Schedule();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task background;
        lock (_following)
        {
            _stopped = true;
            _subscription?.Dispose();
            _subscription = null;
            background = _background;
        }
        await background.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Schedule()
    {
        lock (_following)
        {
            if (_stopped || Interlocked.Exchange(ref _scheduled, 1) == 1) return;
            _background = _background.ContinueWith(_ => FollowOnce(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private void FollowOnce()
    {
        Volatile.Write(ref _scheduled, 0);
        try
        {
            Sync(wait: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogSyncFailed(ex);
        }
    }

    private void FaultCompileErrors(PluginRuleBuild build, IReadOnlyList<RuleDiagnostic> errors)
    {
        var attributed = false;
        foreach (var group in errors.Where(e => build.Files.ContainsKey(e.File)).GroupBy(e => build.Files[e.File].PluginId))
        {
            var first = build.Files[group.First().File];
            var text = string.Join("; ", group.Take(5).Select(e => $"rules/{build.Files[e.File].OwnName}({e.Line},{e.Column}): {e.Code}: {e.Message}"));
            Fault(first.PluginId, first.Generation, "rule pack", "does not compile: " + text);
            attributed = true;
        }
        if (!attributed) LogPackFailed(string.Join("\n", errors));
    }

    private void Fault(string pluginId, int generation, string operation, string error)
    {
        try
        {
            using var lease = leases.Acquire(pluginId);
            // Reloaded since: the new load gets its own chance.
            if (lease.Generation != generation) return;
            var fault = guard.ReportFault(lease, operation, error);
            LogPluginRulesFaulted(fault.PluginId, fault.Version, fault.Message);
        }
        catch (PluginUnavailableException)
        {
            // Unloaded or faulted meanwhile: its rules leave the pack either way.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} faulted through its rules: {Reason}")]
    private partial void LogPluginRulesFaulted(string pluginId, string version, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The plugins' rule pack did not load, and no plugin's file is to blame:\n{Errors}")]
    private partial void LogPackFailed(string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bringing the plugins' rule pack in step with the loaded plugins failed; the next plugin change or gate evaluation tries again.")]
    private partial void LogSyncFailed(Exception exception);
}
