namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// The PMO's clock as the dashboard reads it: "this quarter" and the dates it prints are those of the
/// <see cref="TimeProvider"/>'s local time zone (the server's, unless a host sets another), never the raw system clock,
/// so tests move time and a PMO in Sydney does not see its quarter turn ten hours late.
/// </summary>
internal sealed class PmoCalendar(TimeProvider clock)
{
    /// <summary>Now, in the PMO's time zone.</summary>
    public DateTimeOffset Now => clock.GetLocalNow();

    /// <summary>The PMO's time zone.</summary>
    public TimeZoneInfo Zone => clock.LocalTimeZone;

    /// <summary>The quarter now falls in.</summary>
    public FiscalQuarter CurrentQuarter => FiscalQuarter.Of(DateOnly.FromDateTime(Now.DateTime));

    /// <summary><paramref name="at"/> in the PMO's time zone.</summary>
    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone);

    /// <summary>The quarter <paramref name="at"/> falls in, by the PMO's time zone.</summary>
    public FiscalQuarter QuarterOf(DateTimeOffset at) => FiscalQuarter.Of(DateOnly.FromDateTime(Local(at).DateTime));

    /// <summary>Whether <paramref name="at"/> falls in this fiscal year, up to and including this quarter.</summary>
    public bool InFiscalYearToDate(DateTimeOffset at)
    {
        var (quarter, current) = (QuarterOf(at), CurrentQuarter);
        return quarter.Year == current.Year && quarter <= current;
    }
}
