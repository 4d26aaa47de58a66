using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PmoFlow.Scripting;

namespace PmoFlow.Hosting.WarmUp;

/// <summary>Compiles a trivial C# expression in the background at start, so the first real one does not pay Roslyn's cold start.</summary>
internal sealed partial class ScriptingWarmUpService(IScriptingWarmUp warmUp, TimeProvider clock, ILogger<ScriptingWarmUpService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = clock.GetTimestamp();
        try
        {
            warmUp.WarmUp();
            LogWarm(clock.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex)
        {
            LogFailed(ex);
        }
    }, stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roslyn warmed up in {Milliseconds:F0} ms.")]
    private partial void LogWarm(double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roslyn warm-up failed; the first C# expression will compile cold.")]
    private partial void LogFailed(Exception exception);
}
