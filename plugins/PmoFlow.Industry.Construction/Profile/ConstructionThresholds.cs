using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Profile;

/// <summary>The gate thresholds construction rules read, with their defaults (an organization overrides them).</summary>
internal static class ConstructionThresholds
{
    public const string TrirMax = "hse.trir.max";
    public const string LtifrMax = "hse.ltifr.max";
    public const string SpiMin = "evm.spi.min";
    public const string CpiMin = "evm.cpi.min";
    public const string TcpiMaxGap = "evm.tcpi.max-gap";

    // The US construction sector's average TRIR has run around 2.5 in recent BLS surveys: a gate at 2.0 asks for
    // better than average. An LTIFR of 1 per million hours is a common target for large contractors.
    public const decimal DefaultTrirMax = 2.0m;
    public const decimal DefaultLtifrMax = 1.0m;

    // 0.95 is the usual amber line of earned value reporting (5% behind or over); 0.9 is usually red.
    public const decimal DefaultSpiMin = 0.95m;
    public const decimal DefaultCpiMin = 0.95m;

    public static IReadOnlyDictionary<string, decimal> Defaults() => new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        [TrirMax] = DefaultTrirMax,
        [LtifrMax] = DefaultLtifrMax,
        [SpiMin] = DefaultSpiMin,
        [CpiMin] = DefaultCpiMin,
        // A to-complete performance index more than 0.1 above the CPI achieved asks the rest of the work to be done
        // markedly better than the work so far: the budget at completion is unlikely to hold.
        [TcpiMaxGap] = 0.10m,
        // Earned value and HSE figures are reported monthly: a status older than a month is not current.
        [GateThresholdNames.ObservationMaxAge] = 31m,
    };
}
