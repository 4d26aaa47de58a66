using System.Diagnostics.CodeAnalysis;

namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// A parsed cron expression in Cronos' <c>IncludeSeconds</c> format (second minute hour
/// day-of-month month day-of-week), also accepting the five-field form without seconds.
/// We carry our own because Cronos, which Elsa uses, cannot be restored on this project's mirror.
/// </summary>
/// <remarks>
/// Occurrence search lives in <c>CronExpression.Search.cs</c> and time-zone handling in
/// <c>CronExpression.TimeZone.cs</c>.
/// </remarks>
internal sealed partial class CronExpression
{
    private readonly ulong _seconds;
    private readonly ulong _minutes;
    private readonly ulong _hours;
    private readonly ulong _daysOfMonth;
    private readonly ulong _lastDayOffsets;
    private readonly ulong _months;
    private readonly ulong _daysOfWeek;
    private readonly bool _dayOfMonthRestricted;
    private readonly bool _dayOfWeekRestricted;
    private readonly bool _isInterval;

    internal CronExpression(
        CronFieldValue seconds,
        CronFieldValue minutes,
        CronFieldValue hours,
        CronFieldValue daysOfMonth,
        CronFieldValue months,
        CronFieldValue daysOfWeek)
    {
        _seconds = seconds.Mask;
        _minutes = minutes.Mask;
        _hours = hours.Mask;
        _daysOfMonth = daysOfMonth.Mask;
        _lastDayOffsets = daysOfMonth.LastDayOffsets;
        _months = months.Mask;
        _daysOfWeek = daysOfWeek.Mask;

        // "Restricted" is judged on the resulting set, not on the text: 1-31 behaves like *.
        _dayOfMonthRestricted = _daysOfMonth != CronField.DaysOfMonth.FullMask || _lastDayOffsets != 0;
        _dayOfWeekRestricted = _daysOfWeek != CronField.DaysOfWeek.FullMask;
        _isInterval = seconds.IsInterval || minutes.IsInterval || hours.IsInterval;
    }

    /// <summary>Parses <paramref name="expression"/>.</summary>
    /// <exception cref="CronFormatException">The expression is malformed; the message says which field.</exception>
    public static CronExpression Parse(string expression) => CronParser.Parse(expression);

    /// <summary>Parses <paramref name="expression"/> without throwing.</summary>
    /// <param name="expression">The cron text.</param>
    /// <param name="result">The parsed expression when the text is valid.</param>
    /// <param name="error">The <see cref="CronFormatException"/> message when the text is invalid.</param>
    public static bool TryParse(
        [NotNullWhen(true)] string? expression,
        [NotNullWhen(true)] out CronExpression? result,
        [NotNullWhen(false)] out string? error)
    {
        if (expression is null)
        {
            (result, error) = (null, $"{CronFormatException.InvalidFormat} The expression is missing.");
            return false;
        }

        try
        {
            (result, error) = (CronParser.Parse(expression), null);
            return true;
        }
        catch (CronFormatException ex)
        {
            (result, error) = (null, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// The normalized six-field form: numbers only, weekday 7 folded onto 0, <c>*</c> for full fields,
    /// <c>*/n</c>, <c>a/n</c> or <c>a-b/n</c> for even steps and <c>a-b</c> for runs of three or more.
    /// </summary>
    public override string ToString()
    {
        var dayOfMonth = CronFieldFormatter.FormatDayOfMonth(_daysOfMonth, _lastDayOffsets);
        return string.Join(
            ' ',
            CronFieldFormatter.Format(_seconds, CronField.Seconds),
            CronFieldFormatter.Format(_minutes, CronField.Minutes),
            CronFieldFormatter.Format(_hours, CronField.Hours),
            dayOfMonth,
            CronFieldFormatter.Format(_months, CronField.Months),
            CronFieldFormatter.Format(_daysOfWeek, CronField.DaysOfWeek));
    }
}
