namespace PmoFlow.Workflows.Scheduling.Cron;

// Turning wall-clock matches into instants, with Cronos' daylight-saving rules:
// - a time skipped by a spring-forward gap fires once, at the first instant after the gap;
// - in the hour a fall-back replays, interval expressions (*, range or step in second, minute or
//   hour) fire in both passes, while fixed times such as "0 30 1 * * *" fire only in the first.
internal sealed partial class CronExpression
{
    /// <summary>
    /// The first occurrence strictly after <paramref name="fromExclusive"/>, with the offset
    /// <paramref name="zone"/> has at that instant, or <see langword="null"/> if the expression can
    /// never match (for example 30 February).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset fromExclusive, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        var fromLocal = TimeZoneInfo.ConvertTime(fromExclusive, zone);
        var wallClock = fromLocal.DateTime;
        if (wallClock >= DateTime.MaxValue.AddSeconds(-1))
        {
            return null;
        }

        // Cron has whole-second resolution: the next candidate is the next whole second after "from".
        var start = wallClock.AddTicks(-(wallClock.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);

        while (FindNextLocal(start) is { } local)
        {
            if (_isInterval && FindReplayedOccurrence(fromExclusive, fromLocal, local, zone) is { } replayed)
            {
                return replayed;
            }

            if (ToInstant(local, fromExclusive, zone) is { } occurrence)
            {
                return occurrence;
            }

            if (local >= DateTime.MaxValue.AddSeconds(-1))
            {
                return null;
            }

            start = local.AddSeconds(1);
        }

        return null;
    }

    /// <summary>The instant for a matching wall-clock time, or null when that time must be skipped.</summary>
    private DateTimeOffset? ToInstant(DateTime local, DateTimeOffset fromExclusive, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // Nothing happens at a skipped wall-clock time, so fire as soon as the clock resumes.
            var (before, after) = OffsetsAround(local, zone);
            var gapEnd = FirstInstantWithOffset(
                new DateTimeOffset(local - after, TimeSpan.Zero),
                new DateTimeOffset(local - before, TimeSpan.Zero),
                zone,
                after);
            return TimeZoneInfo.ConvertTime(gapEnd, zone);
        }

        if (!zone.IsAmbiguousTime(local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        var offsets = zone.GetAmbiguousTimeOffsets(local);
        var (earlier, later) = (offsets.Max(), offsets.Min());
        var first = new DateTimeOffset(local, earlier);
        if (first > fromExclusive)
        {
            return first;
        }

        // We are already in the replayed hour: only interval expressions fire a second time.
        var second = new DateTimeOffset(local, later);
        return _isInterval && second > fromExclusive ? second : null;
    }

    /// <summary>
    /// When "from" lies in the first pass of a replayed hour and the next match is beyond that hour,
    /// the search in wall-clock time has jumped over the second pass; look there first.
    /// </summary>
    private DateTimeOffset? FindReplayedOccurrence(
        DateTimeOffset fromExclusive, DateTimeOffset fromLocal, DateTime next, TimeZoneInfo zone)
    {
        if (!zone.IsAmbiguousTime(fromLocal) || zone.IsAmbiguousTime(next))
        {
            return null;
        }

        var offsets = zone.GetAmbiguousTimeOffsets(fromLocal);
        var (earlier, later) = (offsets.Max(), offsets.Min());
        if (fromLocal.Offset != earlier)
        {
            return null;
        }

        // The fall-back instant lies within (from, from + shift]; from there the wall clock replays.
        var fallBack = FirstInstantWithOffset(fromExclusive, fromExclusive + (earlier - later), zone, later);
        var replayStart = fallBack.UtcDateTime + later;
        var replayEnd = replayStart + (earlier - later);

        return FindNextLocal(replayStart) is { } replayed && replayed < replayEnd && replayed < next
            ? new DateTimeOffset(replayed, later)
            : null;
    }

    /// <summary>The zone's offsets shortly before and after a transition near <paramref name="local"/>.</summary>
    private static (TimeSpan Before, TimeSpan After) OffsetsAround(DateTime local, TimeZoneInfo zone)
    {
        // Two days either side clears any real transition while staying clear of the neighbouring one.
        var probe = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        return (zone.GetUtcOffset(probe.AddDays(-2)), zone.GetUtcOffset(probe.AddDays(2)));
    }

    /// <summary>
    /// Binary search, to the tick, for the first instant in (<paramref name="low"/>,
    /// <paramref name="high"/>] at which <paramref name="zone"/> uses <paramref name="offset"/>.
    /// </summary>
    private static DateTimeOffset FirstInstantWithOffset(DateTimeOffset low, DateTimeOffset high, TimeZoneInfo zone, TimeSpan offset)
    {
        var (lowTicks, highTicks) = (low.UtcTicks, high.UtcTicks);
        // About 35 halvings for an hour-long window; cheap, and exact even for odd transition times.
        while (highTicks - lowTicks > 1)
        {
            var middle = lowTicks + ((highTicks - lowTicks) / 2);
            if (zone.GetUtcOffset(new DateTime(middle, DateTimeKind.Utc)) == offset)
            {
                highTicks = middle;
            }
            else
            {
                lowTicks = middle;
            }
        }

        return new DateTimeOffset(highTicks, TimeSpan.Zero);
    }
}
