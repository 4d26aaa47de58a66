using System.Globalization;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>How the pages print dates, numbers and measures (invariant, like the gates' explanations).</summary>
internal static class DashboardText
{
    public static string Date(DateTimeOffset localTime) => localTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset localTime) => localTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"85%", "12 days", "$1.2M", "3.5".</summary>
    public static string Measure(decimal value, string unit) => unit switch
    {
        "%" => Number(value) + "%",
        "USD" or "$" => MoneyText.Format(value),
        "" => Number(value),
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>NPS as a whole number, the way the method reports it ("71" for 71.4).</summary>
    public static string Nps(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>"1 service", "4 services".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString("#,0", CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>A share as a whole percentage rounded down, so a figure never reads as meeting a mark it misses.</summary>
    public static string Percent(decimal share) => Math.Floor(share * 100m).ToString("0", CultureInfo.InvariantCulture) + "%";
}
