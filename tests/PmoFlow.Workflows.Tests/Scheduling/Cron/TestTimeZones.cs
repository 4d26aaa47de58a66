namespace PmoFlow.Workflows.Tests.Scheduling.Cron;

/// <summary>
/// Zones built in code so daylight-saving tests do not depend on the machine's tz database.
/// </summary>
internal static class TestTimeZones
{
    /// <summary>
    /// US Eastern rules since 2007: UTC-5, clocks go to UTC-4 at 02:00 on the second Sunday of March
    /// and back at 02:00 on the first Sunday of November.
    /// </summary>
    public static TimeZoneInfo Eastern { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Test Eastern",
        TimeSpan.FromHours(-5),
        "Test Eastern",
        "Test Eastern Standard",
        "Test Eastern Daylight",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2007, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 3, 2, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0, DateTimeKind.Unspecified), 11, 1, DayOfWeek.Sunday)),
        ]);
}
