namespace PmoFlow.Server.Tests.Support;

/// <summary>A clock tests move by hand (Microsoft.Extensions.TimeProvider.Testing is not on the mirror). Timers still run on real time.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = start;

    public ManualTimeProvider() : this(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) { }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }
}
