namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// The gate thresholds in force: the default ones as typed properties (profile defaults, overridden by the
/// organization) and any other by name, such as an industry plugin's <c>hse.trir.max</c>. Shares are fractions
/// (<c>0.8</c> is 80%); by name, durations read in days.
/// </summary>
public sealed class RuleThresholds
{
    private static readonly string[] TypedNames =
    [
        "OnboardedShare", "OnboardingCsat", "RealizedBenefitShare", "CostAvoidanceDiscount", "VarianceNoteBelow",
        "NpsTarget", "ObservationMaxAge", "MinimumResponses", "ApprovalDue", "ApprovalReminderBefore",
    ];

    /// <summary>Share of target users onboarded before Service Operation (5→6).</summary>
    public decimal OnboardedShare { get; init; } = 0.70m;

    /// <summary>Minimum onboarding CSAT, 1–5 (5→6).</summary>
    public decimal OnboardingCsat { get; init; } = 4.0m;

    /// <summary>Realized benefits as a share of plan to date (9→10).</summary>
    public decimal RealizedBenefitShare { get; init; } = 0.80m;

    /// <summary>Weight of cost avoidance when counting realized benefits (9→10).</summary>
    public decimal CostAvoidanceDiscount { get; init; } = 0.5m;

    /// <summary>Below this share of plan, a benefit needs a variance note (9→10).</summary>
    public decimal VarianceNoteBelow { get; init; } = 0.50m;

    /// <summary>Target NPS for the next turn (10→1).</summary>
    public decimal NpsTarget { get; init; } = 20m;

    /// <summary>How old a KPI's latest observation may be before monitoring counts it as stale (7→8).</summary>
    public TimeSpan ObservationMaxAge { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Minimum survey responses before CSAT or NPS counts.</summary>
    public int MinimumResponses { get; init; } = 3;

    /// <summary>How long an approval may wait before it is overdue.</summary>
    public TimeSpan ApprovalDue { get; init; } = TimeSpan.FromDays(5);

    /// <summary>How long before the due date a reminder goes out.</summary>
    public TimeSpan ApprovalReminderBefore { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Thresholds beyond the typed ones, by name (names ignore case), such as <c>hse.trir.max</c>.</summary>
    public IReadOnlyDictionary<string, decimal> Named { get; init; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every name <see cref="this[string]"/> answers: the typed thresholds' names, then <see cref="Named"/>'s.</summary>
    public IReadOnlyList<string> Names => [.. TypedNames, .. Named.Keys.Where(k => !TypedNames.Contains(k, StringComparer.OrdinalIgnoreCase))];

    /// <summary>
    /// The threshold called <paramref name="name"/>: a typed one by its property name (durations in days), else one
    /// of <see cref="Named"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No threshold has that name; the message lists the names there are.</exception>
    public decimal this[string name] => TryGet(name, out var value)
        ? value
        : throw new KeyNotFoundException($"No gate threshold is called '{name}'. Thresholds: {string.Join(", ", Names)}.");

    /// <summary>The threshold called <paramref name="name"/>, or <paramref name="fallback"/> when none is.</summary>
    public decimal Get(string name, decimal fallback) => TryGet(name, out var value) ? value : fallback;

    /// <summary>Looks a threshold up by name, as <see cref="this[string]"/> does.</summary>
    public bool TryGet(string name, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(name);
        decimal? typed = name.ToUpperInvariant() switch
        {
            "ONBOARDEDSHARE" => OnboardedShare,
            "ONBOARDINGCSAT" => OnboardingCsat,
            "REALIZEDBENEFITSHARE" => RealizedBenefitShare,
            "COSTAVOIDANCEDISCOUNT" => CostAvoidanceDiscount,
            "VARIANCENOTEBELOW" => VarianceNoteBelow,
            "NPSTARGET" => NpsTarget,
            "OBSERVATIONMAXAGE" => Days(ObservationMaxAge),
            "MINIMUMRESPONSES" => MinimumResponses,
            "APPROVALDUE" => Days(ApprovalDue),
            "APPROVALREMINDERBEFORE" => Days(ApprovalReminderBefore),
            _ => null,
        };
        if (typed is { } known)
        {
            value = known;
            return true;
        }
        if (Named.TryGetValue(name, out value)) return true;
        // The dictionary may compare names exactly; names ignore case here whatever the dictionary does.
        foreach (var (key, named) in Named)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = named;
                return true;
            }
        }
        return false;
    }

    private static decimal Days(TimeSpan span) => (decimal)span.TotalDays;
}
