using System.Globalization;

namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// Renders field masks back to text for <see cref="CronExpression.ToString"/>, preferring the
/// shortest familiar spelling so that logs and the designer show "*/5" rather than twelve numbers.
/// </summary>
internal static class CronFieldFormatter
{
    public static string Format(ulong mask, CronField field)
    {
        if (mask == field.FullMask)
        {
            return "*";
        }

        var values = new List<int>();
        for (var value = CronBits.Next(mask, 0); value >= 0; value = CronBits.Next(mask, value + 1))
        {
            values.Add(value);
        }

        return TryFormatStep(values, field) ?? FormatRuns(values);
    }

    public static string FormatDayOfMonth(ulong mask, ulong lastDayOffsets)
    {
        var parts = new List<string>();
        if (mask != 0)
        {
            parts.Add(Format(mask, CronField.DaysOfMonth));
        }

        for (var offset = CronBits.Next(lastDayOffsets, 0); offset >= 0; offset = CronBits.Next(lastDayOffsets, offset + 1))
        {
            parts.Add(offset == 0 ? "L" : string.Create(CultureInfo.InvariantCulture, $"L-{offset}"));
        }

        return string.Join(',', parts);
    }

    private static string? TryFormatStep(List<int> values, CronField field)
    {
        if (values.Count < 3)
        {
            return null;
        }

        var step = values[1] - values[0];
        for (var i = 2; i < values.Count; i++)
        {
            if (values[i] - values[i - 1] != step)
            {
                return null;
            }
        }

        var (first, last) = (values[0], values[^1]);
        var reachesEnd = last + step > field.Max;
        if (step == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{first}-{last}");
        }

        if (reachesEnd)
        {
            return first == field.Min
                ? string.Create(CultureInfo.InvariantCulture, $"*/{step}")
                : string.Create(CultureInfo.InvariantCulture, $"{first}/{step}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{first}-{last}/{step}");
    }

    private static string FormatRuns(List<int> values)
    {
        var parts = new List<string>();
        var start = 0;
        while (start < values.Count)
        {
            var end = start;
            while (end + 1 < values.Count && values[end + 1] == values[end] + 1)
            {
                end++;
            }

            if (end - start >= 2)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{values[start]}-{values[end]}"));
            }
            else
            {
                for (var i = start; i <= end; i++)
                {
                    parts.Add(values[i].ToString(CultureInfo.InvariantCulture));
                }
            }

            start = end + 1;
        }

        return string.Join(',', parts);
    }
}
