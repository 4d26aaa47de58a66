namespace PmoFlow.Scripting.Tests.JavaScript;

/// <summary>Virtual time: each timestamp read advances the clock by <see cref="Step"/>.</summary>
internal sealed class ManualTimeProvider(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public TimeSpan Step { get; } = step;

    public DateTimeOffset Now { get; set; } = new(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);

    public int TimestampReads { get; private set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        TimestampReads++;
        return Interlocked.Add(ref _ticks, Step.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
