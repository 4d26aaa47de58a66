using PmoFlow.Workflows.Scheduling.Cron;
using Xunit;

namespace PmoFlow.Workflows.Tests.Scheduling.Cron;

// Expected values follow Cronos' documented behaviour (its README uses these 2016 US Eastern dates).
public sealed class CronExpressionTimeZoneTests
{
    private static readonly TimeSpan Edt = TimeSpan.FromHours(-4);
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);

    [Fact]
    public void WallClockTime_IsReadInTheZone()
    {
        var next = CronExpression.Parse("0 30 9 * * *")
            .GetNextOccurrence(new DateTimeOffset(2016, 7, 1, 12, 0, 0, TimeSpan.Zero), TestTimeZones.Eastern);

        Assert.Equal(new DateTimeOffset(2016, 7, 1, 9, 30, 0, Edt), next);
        Assert.Equal(Edt, next!.Value.Offset);
    }

    [Fact]
    public void SpringForward_SkippedTimeFiresWhenTheClockResumes()
    {
        // 2016-03-13: 01:59:59 EST is followed by 03:00:00 EDT, so 02:30 never exists.
        var next = CronExpression.Parse("0 30 2 * * *")
            .GetNextOccurrence(new DateTimeOffset(2016, 3, 13, 1, 59, 59, Est), TestTimeZones.Eastern);

        Assert.Equal(new DateTimeOffset(2016, 3, 13, 3, 0, 0, Edt), next);
    }

    [Fact]
    public void SpringForward_NextDayIsNormalAgain()
    {
        var next = CronExpression.Parse("0 30 2 * * *")
            .GetNextOccurrence(new DateTimeOffset(2016, 3, 13, 3, 0, 0, Edt), TestTimeZones.Eastern);

        Assert.Equal(new DateTimeOffset(2016, 3, 14, 2, 30, 0, Edt), next);
    }

    [Fact]
    public void FallBack_IntervalExpressionFiresInBothPasses()
    {
        // 2016-11-06: 01:59:59 EDT is followed by 01:00:00 EST, so 01:00-01:59 happens twice.
        var expression = CronExpression.Parse("0 30 * * * *");

        var occurrences = Walk(expression, new DateTimeOffset(2016, 11, 6, 0, 59, 59, Edt), 3);

        Assert.Equal(
            [
                new DateTimeOffset(2016, 11, 6, 1, 30, 0, Edt),
                new DateTimeOffset(2016, 11, 6, 1, 30, 0, Est),
                new DateTimeOffset(2016, 11, 6, 2, 30, 0, Est),
            ],
            occurrences);
    }

    [Fact]
    public void FallBack_IntervalExpressionAfterFirstPassGoesBackForTheReplay()
    {
        // From late in the first pass the wall clock's next match (02:00) is past the replayed hour.
        var next = CronExpression.Parse("0 0,45 * * * *")
            .GetNextOccurrence(new DateTimeOffset(2016, 11, 6, 1, 50, 0, Edt), TestTimeZones.Eastern);

        Assert.Equal(new DateTimeOffset(2016, 11, 6, 1, 0, 0, Est), next);
    }

    [Fact]
    public void FallBack_FixedTimeFiresOnlyInTheFirstPass()
    {
        var expression = CronExpression.Parse("0 30 1 * * *");

        var occurrences = Walk(expression, new DateTimeOffset(2016, 11, 6, 0, 59, 59, Edt), 2);

        Assert.Equal(
            [
                new DateTimeOffset(2016, 11, 6, 1, 30, 0, Edt),
                new DateTimeOffset(2016, 11, 7, 1, 30, 0, Est),
            ],
            occurrences);
    }

    [Fact]
    public void FallBack_EverySecondNeverRepeatsOrSkipsAnInstant()
    {
        var expression = CronExpression.Parse("* * * * * *");
        var from = new DateTimeOffset(2016, 11, 6, 1, 59, 58, Edt);

        var occurrences = Walk(expression, from, 4);

        Assert.Equal(
            [from.AddSeconds(1), from.AddSeconds(2), from.AddSeconds(3), from.AddSeconds(4)],
            occurrences);
    }

    private static List<DateTimeOffset> Walk(CronExpression expression, DateTimeOffset from, int count)
    {
        var result = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            from = expression.GetNextOccurrence(from, TestTimeZones.Eastern)
                ?? throw new InvalidOperationException("Expected another occurrence.");
            result.Add(from);
        }

        return result;
    }
}
