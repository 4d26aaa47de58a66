namespace PmoFlow.Industry.Tests.Support;

/// <summary>A clock the test sets: the host shares its TimeProvider with plugins, so plugin activities read this one.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
