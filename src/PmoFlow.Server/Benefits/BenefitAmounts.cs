using PmoFlow.Server.Common;

namespace PmoFlow.Server.Benefits;

/// <summary>The range checks every benefit amount shares.</summary>
internal static class BenefitAmounts
{
    private const decimal Max = 1_000_000_000_000m;

    public static void Check(RequestErrors errors, string? prefix, decimal? planned, decimal? actual)
    {
        var at = prefix is null ? "" : prefix + ".";
        errors.Range($"{at}planned", planned, 0, Max);
        errors.Range($"{at}actual", actual, 0, Max);
    }
}
