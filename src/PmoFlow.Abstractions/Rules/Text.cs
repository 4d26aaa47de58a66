using System.Globalization;

namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// How gate explanations print numbers, money, shares and dates, the same way the built-in gates do (invariant
/// culture: evaluation records outlive any UI locale).
/// </summary>
public static class Text
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"$950", "$240k", "$1.2M"; rounds half away from zero to one decimal of the unit.</summary>
    public static string Money(decimal amount) => Money(amount, MidpointRounding.AwayFromZero);

    /// <summary>Like <see cref="Money(decimal)"/> but rounds up, so "needs $X more" is always enough.</summary>
    public static string Shortfall(decimal amount) => Money(amount, MidpointRounding.ToPositiveInfinity);

    /// <summary>A share as a whole percentage rounded down ("58%" for 0.5833): an observed value never shows as meeting a threshold it misses.</summary>
    public static string Percent(decimal share) => Math.Floor(share * 100m).ToString("0", Invariant) + "%";

    /// <summary>A configured share as a percentage, exact to one decimal ("70%", "72.5%").</summary>
    public static string ThresholdPercent(decimal share) => (share * 100m).ToString("0.#", Invariant) + "%";

    /// <summary>A plain number with up to two decimals ("3.67", "4").</summary>
    public static string Number(decimal value) => value.ToString("0.##", Invariant);

    /// <summary>A KPI value with its unit ("85%", "12 days", "$1.2M").</summary>
    public static string Measure(decimal value, string unit) => unit switch
    {
        "%" => Number(value) + "%",
        "USD" or "$" => Money(value),
        "" => Number(value),
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>"2026-03-01".</summary>
    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", Invariant);

    /// <summary>"2026-03-01".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>"1 response", "3 responses"; <paramref name="plural"/> defaults to <paramref name="singular"/> + "s".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString(Invariant) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private static string Money(decimal amount, MidpointRounding rounding)
    {
        var sign = amount < 0 ? "-" : "";
        var abs = Math.Abs(amount);
        if (abs < 1_000m) return sign + "$" + Math.Round(abs, 0, rounding).ToString("0", Invariant);
        var thousands = Math.Round(abs / 1_000m, 1, rounding);
        // 999,960 rounds to 1000k: print it as $1M rather than "$1000k".
        if (thousands < 1_000m) return sign + "$" + thousands.ToString("0.#", Invariant) + "k";
        return sign + "$" + Math.Round(abs / 1_000_000m, 1, rounding).ToString("0.#", Invariant) + "M";
    }
}
