namespace PmoFlow.Server.Tests.Dashboard.Support;

/// <summary>A clock stopped at one instant, in a time zone the test picks (UTC unless told), so quarters never depend on the machine.</summary>
internal sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => zone ?? TimeZoneInfo.Utc;

    /// <summary>A zone at a fixed offset, made here rather than read from the machine's time zone database.</summary>
    public static TimeZoneInfo Zone(int hours) => TimeZoneInfo.CreateCustomTimeZone($"UTC{hours:+0;-0}", TimeSpan.FromHours(hours), $"UTC{hours:+0;-0}", $"UTC{hours:+0;-0}");
}
