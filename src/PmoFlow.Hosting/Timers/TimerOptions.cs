namespace PmoFlow.Hosting.Timers;

/// <summary>How often the timer scheduler looks for due Delay, Timer and Cron bookmarks.</summary>
public sealed class TimerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Timers";

    /// <summary>The polling interval (default one second).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
