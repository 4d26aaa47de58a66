using System.Globalization;

namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// Splits an expression into fields and parses each one. Six fields start with seconds (Cronos'
/// <c>CronFormat.IncludeSeconds</c>, which Elsa uses); five fields are the classic form and run at
/// second 0. Macros such as <c>@hourly</c> are accepted because Cronos accepts them.
/// </summary>
internal static class CronParser
{
    private static readonly CronField[] WithSeconds =
    [
        CronField.Seconds, CronField.Minutes, CronField.Hours,
        CronField.DaysOfMonth, CronField.Months, CronField.DaysOfWeek,
    ];

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@every_second"] = "* * * * * *",
        ["@every_minute"] = "0 * * * * *",
        ["@hourly"] = "0 0 * * * *",
        ["@daily"] = "0 0 0 * * *",
        ["@midnight"] = "0 0 0 * * *",
        ["@weekly"] = "0 0 0 * * 0",
        ["@monthly"] = "0 0 0 1 * *",
        ["@yearly"] = "0 0 0 1 1 *",
        ["@annually"] = "0 0 0 1 1 *",
    };

    public static CronExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);

        var tokens = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens is [var single] && single.StartsWith('@'))
        {
            return Macros.TryGetValue(single, out var expanded)
                ? Parse(expanded)
                : throw new CronFormatException($"{CronFormatException.InvalidFormat} Unknown macro '{single}'.");
        }

        if (tokens.Length == 5)
        {
            tokens = ["0", .. tokens];
        }
        else if (tokens.Length != 6)
        {
            // Parse what is there first, so that a malformed first field wins over the count. Elsa
            // reports "BadCronExpression" as a seconds error, not as "too few fields", because
            // Cronos reads field by field; a well-formed but short expression gets the count error.
            for (var i = 0; i < Math.Min(tokens.Length, WithSeconds.Length); i++)
            {
                CronFieldParser.Parse(tokens[i], WithSeconds[i]);
            }

            throw new CronFormatException(string.Create(
                CultureInfo.InvariantCulture,
                $"{CronFormatException.InvalidFormat} Expected 5 or 6 fields (second minute hour day-of-month month day-of-week, seconds optional) but found {tokens.Length}."));
        }

        var fields = new CronFieldValue[WithSeconds.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = CronFieldParser.Parse(tokens[i], WithSeconds[i]);
        }

        return new CronExpression(
            seconds: fields[0],
            minutes: fields[1],
            hours: fields[2],
            daysOfMonth: fields[3],
            months: fields[4],
            daysOfWeek: fields[5]);
    }
}
