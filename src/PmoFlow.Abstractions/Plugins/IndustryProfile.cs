namespace PmoFlow.Abstractions.Plugins;

/// <summary>
/// An industry's part of the organizational baseline (DESIGN.md §2): what a PMO in that industry measures, how it
/// counts benefits, where its gates sit, which controls it must show and what it calls things.
/// </summary>
public sealed record IndustryProfile
{
    /// <summary>The industry, such as <c>construction</c>; organizations pick a profile by it.</summary>
    public required string Industry { get; init; }

    /// <summary>The name shown to users, such as <c>Construction (HSE)</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>The KPIs the industry tracks, with units and which way is good.</summary>
    public IReadOnlyList<KpiDefinition> Kpis { get; init; } = [];

    /// <summary>Benefit categories in the industry's words, each counted as one of the standard kinds.</summary>
    public IReadOnlyList<BenefitCategoryDefinition> BenefitCategories { get; init; } = [];

    /// <summary>
    /// Default gate thresholds by name: the built-in ones (<see cref="GateThresholdNames"/>, such as
    /// <c>RealizedBenefitShare</c> = <c>0.9</c>) and the plugin's own, dotted by convention (<c>hse.trir.max</c>).
    /// Durations are in days. An organization may still override them.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> GateThresholds { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Controls every service must show evidence of before the gates named.</summary>
    public IReadOnlyList<MandatoryControl> MandatoryControls { get; init; } = [];

    /// <summary>
    /// Words to use instead of PmoFlow's own, keyed by PmoFlow's term (<c>service</c> → <c>programme</c>,
    /// <c>sponsor</c> → <c>client representative</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Terminology { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
