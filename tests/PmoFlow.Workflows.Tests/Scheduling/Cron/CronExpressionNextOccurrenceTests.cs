using System.Globalization;
using PmoFlow.Workflows.Scheduling.Cron;
using Xunit;

namespace PmoFlow.Workflows.Tests.Scheduling.Cron;

public sealed class CronExpressionNextOccurrenceTests
{
    [Theory]
    [InlineData("2025-05-12T10:17:42Z", "2025-05-12T11:00:00Z")]
    [InlineData("2025-05-12T11:00:00Z", "2025-05-12T12:00:00Z")] // "from" is exclusive
    [InlineData("2025-05-12T10:59:59.999Z", "2025-05-12T11:00:00Z")]
    [InlineData("2025-12-31T23:30:00Z", "2026-01-01T00:00:00Z")]
    public void EveryHour_FiresAtTheNextWholeHour(string from, string expected)
    {
        AssertNext("0 0 * * * *", from, expected);
    }

    [Theory]
    [InlineData("2025-05-12T10:00:03Z", "2025-05-12T10:00:05Z")]
    [InlineData("2025-05-12T10:00:05Z", "2025-05-12T10:00:10Z")]
    [InlineData("2025-05-12T10:00:05.500Z", "2025-05-12T10:00:10Z")]
    [InlineData("2025-05-12T10:59:55Z", "2025-05-12T11:00:00Z")]
    public void EveryFiveSeconds_FiresOnMultiplesOfFive(string from, string expected)
    {
        AssertNext("*/5 * * * * *", from, expected);
    }

    [Theory]
    [InlineData("0 30 9 * * MON-FRI")]
    [InlineData("0 30 9 ? * 1-5")]
    [InlineData("30 9 * * mon-fri")]
    public void WeekdaysAtNineThirty_SkipsTheWeekend(string expression)
    {
        // 2025-01-03 is a Friday.
        AssertNext(expression, "2025-01-03T09:29:59Z", "2025-01-03T09:30:00Z");
        AssertNext(expression, "2025-01-03T09:30:00Z", "2025-01-06T09:30:00Z");
        AssertNext(expression, "2025-01-04T08:00:00Z", "2025-01-06T09:30:00Z");
    }

    [Theory]
    [InlineData("2024-01-31T13:00:00Z", "2024-02-29T12:00:00Z")] // leap year
    [InlineData("2025-01-31T13:00:00Z", "2025-02-28T12:00:00Z")]
    [InlineData("2025-04-01T00:00:00Z", "2025-04-30T12:00:00Z")]
    [InlineData("2025-12-31T12:00:00Z", "2026-01-31T12:00:00Z")]
    public void LastDayOfMonth_FollowsMonthLength(string from, string expected)
    {
        AssertNext("0 0 12 L * *", from, expected);
    }

    [Fact]
    public void LastDayOffset_FiresDaysBeforeTheLastDay()
    {
        AssertNext("0 0 0 L-1 * *", "2024-02-01T00:00:00Z", "2024-02-28T00:00:00Z");
        AssertNext("0 0 0 L-1 * *", "2025-02-01T00:00:00Z", "2025-02-27T00:00:00Z");
    }

    [Theory]
    [InlineData("2025-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("2024-02-29T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("2024-02-28T23:59:59Z", "2024-02-29T00:00:00Z")]
    [InlineData("2096-03-01T00:00:00Z", "2104-02-29T00:00:00Z")] // 2100 is not a leap year
    public void February29_WaitsForALeapYear(string from, string expected)
    {
        AssertNext("0 0 0 29 2 *", from, expected);
    }

    [Fact]
    public void ThirtyFirst_SkipsShortMonths()
    {
        AssertNext("0 0 0 31 * *", "2025-04-01T00:00:00Z", "2025-05-31T00:00:00Z");
        AssertNext("0 0 0 31 * *", "2025-05-31T00:00:00Z", "2025-07-31T00:00:00Z");
    }

    [Fact]
    public void ImpossibleDate_ReturnsNull()
    {
        Assert.Null(Next("0 0 0 30 2 *", "2025-01-01T00:00:00Z"));
        Assert.Null(Next("0 0 0 31 4,6,9,11 *", "2025-01-01T00:00:00Z"));
    }

    [Fact]
    public void DayOfMonthAndDayOfWeek_BothRestricted_BothMustMatch()
    {
        // As in Cronos (Elsa's scheduler): only a Friday the 13th. After 2025-01-01 that is 2025-06-13.
        const string expression = "0 0 0 13 * FRI";
        AssertNext(expression, "2025-01-01T00:00:00Z", "2025-06-13T00:00:00Z");
        AssertNext(expression, "2025-06-13T00:00:00Z", "2026-02-13T00:00:00Z");
    }

    [Theory]
    [InlineData("0 0 0 13 * *")]
    [InlineData("0 0 0 13 * ?")]
    [InlineData("0 0 0 13 * 0-6")]
    public void DayOfMonthOnly_IgnoresWeekday(string expression)
    {
        AssertNext(expression, "2025-01-03T00:00:00Z", "2025-01-13T00:00:00Z");
        AssertNext(expression, "2025-01-13T00:00:00Z", "2025-02-13T00:00:00Z");
    }

    [Theory]
    [InlineData("0 0 0 * * FRI")]
    [InlineData("0 0 0 ? * 5")]
    [InlineData("0 0 0 1-31 * fri")]
    public void DayOfWeekOnly_IgnoresDayOfMonth(string expression)
    {
        AssertNext(expression, "2025-01-03T00:00:00Z", "2025-01-10T00:00:00Z");
    }

    [Theory]
    [InlineData("0 0 0 * * 0")]
    [InlineData("0 0 0 * * 7")]
    [InlineData("0 0 0 * * sun")]
    public void Sunday_HasThreeSpellings(string expression)
    {
        AssertNext(expression, "2025-01-03T00:00:00Z", "2025-01-05T00:00:00Z");
    }

    [Fact]
    public void MonthNames_SelectMonths()
    {
        AssertNext("0 0 8 1 jan,JUL *", "2025-01-01T08:00:00Z", "2025-07-01T08:00:00Z");
        AssertNext("0 0 8 1 jan,JUL *", "2025-07-01T08:00:00Z", "2026-01-01T08:00:00Z");
    }

    [Fact]
    public void ReversedMonthRange_WrapsOverNewYear()
    {
        AssertNext("0 0 0 1 NOV-FEB *", "2025-02-01T00:00:00Z", "2025-11-01T00:00:00Z");
        AssertNext("0 0 0 1 NOV-FEB *", "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z");
    }

    [Theory]
    [InlineData("0 10-40/15 * * * *", "2025-05-12T10:10:00Z", "2025-05-12T10:25:00Z")]
    [InlineData("0 10-40/15 * * * *", "2025-05-12T10:40:00Z", "2025-05-12T11:10:00Z")]
    [InlineData("0 5/20 * * * *", "2025-05-12T10:45:00Z", "2025-05-12T11:05:00Z")]
    [InlineData("0 0 9-17 * * *", "2025-05-12T17:00:00Z", "2025-05-13T09:00:00Z")]
    [InlineData("0 0 22-2 * * *", "2025-05-12T02:00:00Z", "2025-05-12T22:00:00Z")]
    [InlineData("15,45 * * * * *", "2025-05-12T10:00:15Z", "2025-05-12T10:00:45Z")]
    [InlineData("0 0 0 1-7/3 * *", "2025-05-01T00:00:00Z", "2025-05-04T00:00:00Z")]
    public void StepsAndRanges_SelectTheRightValues(string expression, string from, string expected)
    {
        AssertNext(expression, from, expected);
    }

    [Fact]
    public void FiveFieldForm_FiresAtSecondZero()
    {
        AssertNext("*/10 * * * *", "2025-05-12T10:00:00Z", "2025-05-12T10:10:00Z");
        AssertNext("*/10 * * * *", "2025-05-12T10:09:59Z", "2025-05-12T10:10:00Z");
    }

    [Fact]
    public void RareDate_IsFoundWithoutSecondBySecondScan()
    {
        // 23:59:59 on 31 December: every field skips, so this is a few dozen steps, not 31 million.
        AssertNext("59 59 23 31 12 *", "2025-01-01T00:00:00Z", "2025-12-31T23:59:59Z");
    }

    [Fact]
    public void FixedOffsetZone_MatchesWallClockTimeAndKeepsTheOffset()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test+02", TimeSpan.FromHours(2), "Test+02", "Test+02");

        var next = CronExpression.Parse("0 30 9 * * *")
            .GetNextOccurrence(DateTimeOffset.Parse("2025-05-12T06:00:00Z", CultureInfo.InvariantCulture), zone); // 08:00 local

        Assert.Equal(new DateTimeOffset(2025, 5, 12, 9, 30, 0, TimeSpan.FromHours(2)), next);
        Assert.Equal(TimeSpan.FromHours(2), next!.Value.Offset);
    }

    private static void AssertNext(string expression, string from, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), Next(expression, from));
    }

    private static DateTimeOffset? Next(string expression, string from) =>
        CronExpression.Parse(expression)
            .GetNextOccurrence(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture), TimeZoneInfo.Utc);
}
