using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Hosting.Rules;

/// <summary>
/// Loads the rule packs when the host starts (from the disk cache when the rules did not change), so compile errors are
/// reported at start rather than at the first gate; then watches the configured folder, if any, and warms the rule
/// compiler in the background so its first hot reload compiles warm.
/// </summary>
/// <remarks>
/// The load runs in <see cref="StartAsync"/>, before the engine's hosted service starts: activating a pack version
/// archives it in the database, and an engine pass holds the database's write lock while it evaluates gates, so a
/// first load set off by a pass would make the archive wait on the pass that waits on the load.
/// </remarks>
internal sealed partial class RulePackService(RulePackRegistry registry, RulePackCompiler compiler, IOptions<RuleOptions> options, TimeProvider clock,
    ILogger<RulePackService> logger) : BackgroundService
{
    private bool _loaded;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        try
        {
            registry.EnsureLoaded();
            foreach (var pack in registry.Packs) LogPack(pack.Name, pack.Evaluator ?? "none", pack.Errors.Count);
            if (options.Value.Watch) registry.StartWatching();
            LogLoaded(clock.GetElapsedTime(started).TotalMilliseconds);
            _loaded = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex);
        }
        return base.StartAsync(cancellationToken);
    }

    // Only a watched folder reloads, and only a reload compiles (start-up came from the disk cache or compiled
    // already): without one, warming Roslyn would spend a core at start on a compile nobody waits for.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        !_loaded || !options.Value.Watch || string.IsNullOrWhiteSpace(options.Value.Folder) ? Task.CompletedTask : Task.Run(() =>
        {
            var started = clock.GetTimestamp();
            try
            {
                compiler.WarmUp();
                LogWarm(clock.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWarmUpFailed(ex);
            }
        }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule pack {Pack}: {Evaluator} active, {Errors} error(s) in its latest version.")]
    private partial void LogPack(string pack, string evaluator, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule packs ready in {Milliseconds:F0} ms.")]
    private partial void LogLoaded(double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The rule packs failed to load; gates fall back to the built-in rules where no pack decides them.")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The rule compiler warmed up in {Milliseconds:F0} ms.")]
    private partial void LogWarm(double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule compiler's warm-up failed; the first rule reload compiles cold.")]
    private partial void LogWarmUpFailed(Exception exception);
}
