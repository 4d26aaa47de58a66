using System.Globalization;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// Money the way an executive summary says it: "$950", "$240k", "$2.1M", "$1.3B", half away from zero to one decimal
/// of the unit. The same rule as the gates' explanations (Core's GateFormat, which is internal there), so a gate's
/// "$480k of $700k" and the dashboard's figure never disagree; extended with billions for PMO-wide totals.
/// </summary>
internal static class MoneyText
{
    public static string Format(decimal amount)
    {
        var sign = amount < 0 ? "-" : "";
        var abs = Math.Abs(amount);
        if (abs < 1_000m) return sign + "$" + Round(abs, 0).ToString("0", CultureInfo.InvariantCulture);
        // Each unit checks the rounded value, so $999,960 reads "$1M" rather than "$1000k".
        var thousands = Round(abs / 1_000m, 1);
        if (thousands < 1_000m) return sign + "$" + thousands.ToString("0.#", CultureInfo.InvariantCulture) + "k";
        var millions = Round(abs / 1_000_000m, 1);
        if (millions < 1_000m) return sign + "$" + millions.ToString("0.#", CultureInfo.InvariantCulture) + "M";
        return sign + "$" + Round(abs / 1_000_000_000m, 1).ToString("0.#", CultureInfo.InvariantCulture) + "B";
    }

    /// <summary>"$80,000", "$1,234.5": an amount as recorded, for the records the summaries round.</summary>
    public static string Exact(decimal amount) => (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,0.##", CultureInfo.InvariantCulture);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
