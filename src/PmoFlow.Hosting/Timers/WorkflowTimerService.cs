using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Workflows.Instances;

namespace PmoFlow.Hosting.Timers;

/// <summary>Resumes due timer bookmarks, on the injected clock so tests can move time by hand.</summary>
internal sealed partial class WorkflowTimerService(IWorkflowHost host, TimeProvider clock, IOptions<TimerOptions> options, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                var resumed = await host.ResumeDueTimersAsync(stoppingToken).ConfigureAwait(false);
                if (resumed > 0) LogResumed(resumed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Resumed {Count} due timer bookmark(s).")]
    private partial void LogResumed(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming due timers failed; will retry on the next tick.")]
    private partial void LogFailed(Exception exception);
}
