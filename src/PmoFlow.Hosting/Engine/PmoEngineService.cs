using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PmoFlow.Hosting.Engine;

/// <summary>
/// The durable engine's loop: install the flywheel, then keep consuming queued re-evaluations and due timers.
/// After a crash, whatever was queued or due when the process died is simply found again here.
/// </summary>
internal sealed partial class PmoEngineService(PmoEngine engine, FlywheelInstaller installer, IEnumerable<IStartupTask> startupTasks, ILogger<PmoEngineService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await installer.EnsureAsync(stoppingToken).ConfigureAwait(false);
        foreach (var task in startupTasks) await task.RunAsync(stoppingToken).ConfigureAwait(false);
        LogStarted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var services = await engine.ProcessPendingAsync(stoppingToken).ConfigureAwait(false);
                var timers = await engine.ResumeDueTimersAsync(stoppingToken).ConfigureAwait(false);
                if (services + timers > 0) LogPass(services, timers);
                if (services > 0 || timers > 0) continue; // there may be more
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
            await engine.WaitForWorkAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The flywheel engine is running.")]
    private partial void LogStarted();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Engine pass: {Services} service(s) re-evaluated, {Timers} timer(s) resumed.")]
    private partial void LogPass(int services, int timers);

    [LoggerMessage(Level = LogLevel.Error, Message = "An engine pass failed; the work stays queued and is retried.")]
    private partial void LogFailed(Exception exception);
}
