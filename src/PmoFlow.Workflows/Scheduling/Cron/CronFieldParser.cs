using System.Globalization;

namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// Parses one whitespace-free field: a comma list of <c>*</c>, <c>?</c>, values, ranges
/// (<c>a-b</c>, reversed ranges wrap like Cronos), steps (<c>*/n</c>, <c>a/n</c>, <c>a-b/n</c>) and, in
/// the day-of-month field, <c>L</c> or <c>L-n</c> (n days before the last day).
/// </summary>
internal static class CronFieldParser
{
    // Longest run of digits worth parsing; anything longer is out of range anyway and must not overflow.
    private const int MaxDigits = 9;

    public static CronFieldValue Parse(string text, CronField field)
    {
        var mask = 0UL;
        var lastDayOffsets = 0UL;
        var isInterval = false;

        foreach (var part in text.Split(','))
        {
            if (field == CronField.DaysOfMonth && part.Length > 0 && char.ToUpperInvariant(part[0]) == 'L')
            {
                lastDayOffsets |= 1UL << ParseLastDayOffset(part, field);
                continue;
            }

            mask |= ParsePart(part, field, ref isInterval);
        }

        return new CronFieldValue(mask, lastDayOffsets, isInterval);
    }

    private static ulong ParsePart(string part, CronField field, ref bool isInterval)
    {
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        var rangeText = slash < 0 ? part : part[..slash];
        var step = slash < 0 ? 1 : ParseStep(part[(slash + 1)..], field);

        int low, high;
        if (rangeText is "*" or "?")
        {
            (low, high) = (field.Min, field.Max);
            isInterval = true;
        }
        else if (rangeText.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0)
        {
            low = ParseValue(rangeText[..dash], field);
            high = ParseValue(rangeText[(dash + 1)..], field);
            isInterval = true;
        }
        else
        {
            low = ParseValue(rangeText, field);
            // "a/n" means "from a to the end of the field, every n", as in Vixie cron and Cronos.
            high = slash < 0 ? low : field.Max;
            isInterval |= slash >= 0;
        }

        return Expand(field, low, high, step);
    }

    private static ulong Expand(CronField field, int low, int high, int step)
    {
        var mask = 0UL;
        if (low <= high)
        {
            for (var value = low; value <= high; value += step)
            {
                mask |= 1UL << field.Fold(value);
            }

            return mask;
        }

        // A reversed range such as 22-2 or FRI-MON wraps around the field's cycle; stepping carries
        // on across the wrap so 22-2/2 gives 22,0,2 rather than restarting at the field's minimum.
        (low, high) = (field.Fold(low), field.Fold(high));
        var size = field.CycleMax - field.Min + 1;
        var count = ((high - low + size) % size) + 1;
        for (var offset = 0; offset < count; offset += step)
        {
            mask |= 1UL << (field.Min + ((low - field.Min + offset) % size));
        }

        return mask;
    }

    private static int ParseValue(string text, CronField field)
    {
        if (TryParseNumber(text, out var number) && number >= field.Min && number <= field.Max)
        {
            return number;
        }

        if (field.TryGetNamedValue(text, out var named))
        {
            return named;
        }

        throw CronFormatException.ForField(
            field,
            string.Create(CultureInfo.InvariantCulture, $"Value must be a number between {field.Min} and {field.Max} (all inclusive)."));
    }

    private static int ParseStep(string text, CronField field)
    {
        if (TryParseNumber(text, out var step) && step >= 1 && step <= field.Max)
        {
            return step;
        }

        throw CronFormatException.ForField(
            field,
            string.Create(CultureInfo.InvariantCulture, $"Step must be a number between 1 and {field.Max} (all inclusive)."));
    }

    private static int ParseLastDayOffset(string part, CronField field)
    {
        if (part.Length == 1)
        {
            return 0;
        }

        // Offsets stop at 30 so that L-30 is still the 1st of a 31-day month.
        if (part[1] == '-' && TryParseNumber(part[2..], out var offset) && offset <= field.Max - 1)
        {
            return offset;
        }

        throw CronFormatException.ForField(
            field,
            string.Create(CultureInfo.InvariantCulture, $"'L' may only be followed by '-n' with n between 0 and {field.Max - 1} (all inclusive)."));
    }

    private static bool TryParseNumber(string text, out int value)
    {
        value = 0;
        return text.Length is > 0 and <= MaxDigits
            && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
