namespace PmoFlow.Workflows.Scheduling.Cron;

// Finding the next matching wall-clock time. Each step jumps straight to the next allowed value of
// one field (a bit scan) and resets the smaller fields, so the cost is a handful of operations per
// month visited rather than one per second.
internal sealed partial class CronExpression
{
    // Every satisfiable day pattern recurs within 400 years (the Gregorian cycle), so a search that
    // gets this far has found an impossible date such as 30 February and can stop.
    private const int MaxYearsToSearch = 400;

    /// <summary>
    /// The first wall-clock time at or after <paramref name="start"/> (whole seconds) that matches
    /// every field, or <see langword="null"/> when there is none.
    /// </summary>
    private DateTime? FindNextLocal(DateTime start)
    {
        var (year, month, day) = (start.Year, start.Month, start.Day);
        var (hour, minute, second) = (start.Hour, start.Minute, start.Second);
        var lastYear = Math.Min(DateTime.MaxValue.Year, year + MaxYearsToSearch);

        while (year <= lastYear)
        {
            var nextMonth = CronBits.Next(_months, month);
            if (nextMonth < 0)
            {
                (year, month, day, hour, minute, second) = (year + 1, 1, 1, 0, 0, 0);
                continue;
            }

            if (nextMonth != month)
            {
                (month, day, hour, minute, second) = (nextMonth, 1, 0, 0, 0);
            }

            var nextDay = CronBits.Next(MatchingDays(year, month), day);
            if (nextDay < 0)
            {
                (month, day, hour, minute, second) = (month + 1, 1, 0, 0, 0);
                continue;
            }

            if (nextDay != day)
            {
                (day, hour, minute, second) = (nextDay, 0, 0, 0);
            }

            var nextHour = CronBits.Next(_hours, hour);
            if (nextHour < 0)
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }

            if (nextHour != hour)
            {
                (hour, minute, second) = (nextHour, 0, 0);
            }

            var nextMinute = CronBits.Next(_minutes, minute);
            if (nextMinute < 0)
            {
                (hour, minute, second) = (hour + 1, 0, 0);
                continue;
            }

            if (nextMinute != minute)
            {
                (minute, second) = (nextMinute, 0);
            }

            var nextSecond = CronBits.Next(_seconds, second);
            if (nextSecond < 0)
            {
                (minute, second) = (minute + 1, 0);
                continue;
            }

            return new DateTime(year, month, day, hour, minute, nextSecond, DateTimeKind.Unspecified);
        }

        return null;
    }

    /// <summary>The days of <paramref name="month"/> in <paramref name="year"/> that match, as a mask.</summary>
    private ulong MatchingDays(int year, int month)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        var validDays = CronBits.Range(1, daysInMonth);

        var byDayOfMonth = _daysOfMonth & validDays;
        for (var offset = CronBits.Next(_lastDayOffsets, 0); offset >= 0; offset = CronBits.Next(_lastDayOffsets, offset + 1))
        {
            if (daysInMonth - offset >= 1)
            {
                byDayOfMonth |= 1UL << (daysInMonth - offset);
            }
        }

        var byDayOfWeek = 0UL;
        var firstWeekday = (int)new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek;
        for (var day = 1; day <= daysInMonth; day++)
        {
            if (CronBits.IsSet(_daysOfWeek, (firstWeekday + day - 1) % 7))
            {
                byDayOfWeek |= 1UL << day;
            }
        }

        // Elsa schedules with Cronos, which requires both day fields to match when both are restricted
        // ("0 0 0 13 * FRI" = only Friday the 13th); Vixie cron would take either. We follow Elsa so a
        // workflow fires on the same days here as there.
        return (_dayOfMonthRestricted, _dayOfWeekRestricted) switch
        {
            (true, true) => byDayOfMonth & byDayOfWeek,
            (true, false) => byDayOfMonth,
            (false, true) => byDayOfWeek,
            _ => validDays,
        };
    }
}
