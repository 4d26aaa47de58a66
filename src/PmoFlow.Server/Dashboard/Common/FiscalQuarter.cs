using System.Globalization;
using System.Text.RegularExpressions;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// A quarter of the PMO's fiscal year. Benefit periods are free text; PmoFlow names them <c>2026-Q1</c> (the API's examples,
/// the demo), so quarters are calendar quarters and a period reads as a quarter when it is a quarter (<c>2026-Q1</c>,
/// <c>2026 Q1</c>, <c>Q1 2026</c>) or a month (<c>2026-02</c>). Any other period (<c>FY2026</c>, <c>2026-H1</c>) is left unplaced
/// rather than guessed: it counts in totals, never in a quarter.
/// </summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Quarter">1 to 4.</param>
internal readonly partial record struct FiscalQuarter(int Year, int Quarter) : IComparable<FiscalQuarter>
{
    /// <summary>"2026-Q1", the way benefit periods are named.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Quarter}");

    /// <summary>The quarter before.</summary>
    public FiscalQuarter Previous => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    /// <summary>The quarter <paramref name="date"/> falls in.</summary>
    public static FiscalQuarter Of(DateOnly date) => new(date.Year, (date.Month + 2) / 3);

    /// <summary>The quarter a benefit period names, or null when it names none.</summary>
    public static FiscalQuarter? Place(string? period) => TryParse(period, out var quarter) ? quarter : null;

    /// <summary>The quarter a benefit period names, if it names one.</summary>
    public static bool TryParse(string? period, out FiscalQuarter quarter)
    {
        quarter = default;
        if (string.IsNullOrWhiteSpace(period)) return false;
        var text = period.Trim();
        if (YearFirst().Match(text) is { Success: true } a) quarter = new(Number(a.Groups["year"]), Number(a.Groups["q"]));
        else if (QuarterFirst().Match(text) is { Success: true } b) quarter = new(Number(b.Groups["year"]), Number(b.Groups["q"]));
        else if (Month().Match(text) is { Success: true } m && Number(m.Groups["month"]) is >= 1 and <= 12 and var month)
            quarter = new(Number(m.Groups["year"]), (month + 2) / 3);
        else return false;
        return true;
    }

    public int CompareTo(FiscalQuarter other) => Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    public static bool operator <(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) < 0;

    public static bool operator >(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(FiscalQuarter left, FiscalQuarter right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Label;

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<year>[0-9]{4})[- ]?Q(?<q>[1-4])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearFirst();

    [GeneratedRegex("^Q(?<q>[1-4])[- ]?(?<year>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterFirst();

    [GeneratedRegex("^(?<year>[0-9]{4})-(?<month>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
