namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// One position of a cron expression: the name used in error messages, its bounds and, for months
/// and weekdays, the three-letter names that may stand in for numbers.
/// </summary>
internal sealed class CronField
{
    public static readonly CronField Seconds = new("Seconds", 0, 59, 59, names: null);
    public static readonly CronField Minutes = new("Minutes", 0, 59, 59, names: null);
    public static readonly CronField Hours = new("Hours", 0, 23, 23, names: null);
    public static readonly CronField DaysOfMonth = new("Days of month", 1, 31, 31, names: null);

    public static readonly CronField Months = new(
        "Months", 1, 12, 12,
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);

    // 7 is accepted as Sunday (Vixie and Cronos both do), but it is folded onto 0 so that masks
    // and ranges work on a single 0-6 cycle.
    public static readonly CronField DaysOfWeek = new(
        "Days of week", 0, 7, 6,
        ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]);

    private readonly string[]? _names;

    private CronField(string name, int min, int max, int cycleMax, string[]? names)
    {
        Name = name;
        Min = min;
        Max = max;
        CycleMax = cycleMax;
        _names = names;
        FullMask = CronBits.Range(min, cycleMax);
    }

    /// <summary>The field's name as it appears in error messages.</summary>
    public string Name { get; }

    /// <summary>Smallest value accepted in the text.</summary>
    public int Min { get; }

    /// <summary>Largest value accepted in the text.</summary>
    public int Max { get; }

    /// <summary>Largest value kept in a mask; below <see cref="Max"/> only for weekdays (7 becomes 0).</summary>
    public int CycleMax { get; }

    /// <summary>The mask meaning "every value", used to tell a restricted field from <c>*</c>.</summary>
    public ulong FullMask { get; }

    /// <summary>Maps a value onto the mask's cycle (weekday 7 to 0); other fields are unchanged.</summary>
    public int Fold(int value) => value > CycleMax ? Min + (value - CycleMax - 1) : value;

    /// <summary>Resolves a three-letter month or weekday name, ignoring case.</summary>
    public bool TryGetNamedValue(string text, out int value)
    {
        value = 0;
        if (_names is null)
        {
            return false;
        }

        var index = Array.FindIndex(_names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return false;
        }

        value = Min + index;
        return true;
    }
}
