namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// A KPI of the service with its success criterion and its observations, and the helpers rules ask of a series:
/// the latest value, the trend, whether it is on target, how many periods it has been in the red.
/// </summary>
public sealed class KpiSeries
{
    private IReadOnlyList<KpiObservation>? _observations;

    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The name (<c>onboarded-users</c>, <c>schedule-performance-index</c>...).</summary>
    public string Name { get; init; } = "";

    /// <summary>The unit (<c>%</c>, <c>users</c>, <c>ratio</c>, <c>USD</c>...).</summary>
    public string Unit { get; init; } = "";

    /// <summary>Whether higher or lower is better.</summary>
    public GoodDirection GoodDirection { get; init; }

    /// <summary>Where it started, if known.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>Where it should get to, if set.</summary>
    public decimal? Target { get; init; }

    /// <summary>By when, if set.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>Who owns it, if anyone.</summary>
    public string? Owner { get; init; }

    /// <summary>The engine's clock at the evaluation: <see cref="Observations"/> ends here.</summary>
    public DateTimeOffset AsOf { get; init; }

    /// <summary>
    /// Every recorded observation, oldest first (ties in recording order), including any dated after
    /// <see cref="AsOf"/>. Most rules want <see cref="Observations"/>.
    /// </summary>
    public IReadOnlyList<KpiObservation> AllObservations { get; init; } = [];

    /// <summary>The observations up to <see cref="AsOf"/>, oldest first.</summary>
    public IReadOnlyList<KpiObservation> Observations => _observations ??= Until(AllObservations, AsOf);

    /// <summary>The name for explanations, falling back to the id when the KPI has no name.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;

    /// <summary>Whether a target is set.</summary>
    public bool HasTarget => Target is not null;

    /// <summary>Whether the KPI is a complete success criterion: baseline, target, target date and owner.</summary>
    public bool IsCompleteCriterion => Baseline is not null && Target is not null && TargetDate is not null && !string.IsNullOrWhiteSpace(Owner);

    /// <summary>The latest observation up to <see cref="AsOf"/>, if any.</summary>
    public KpiObservation? Latest => Observations.Count > 0 ? Observations[^1] : null;

    /// <summary>The observation before <see cref="Latest"/>, if any.</summary>
    public KpiObservation? Previous => Observations.Count > 1 ? Observations[^2] : null;

    /// <summary>How long ago <see cref="Latest"/> was observed, or null without observations.</summary>
    public TimeSpan? LatestAge => Latest is { } latest ? AsOf - latest.ObservedAt : null;

    /// <summary>How <see cref="Latest"/> compares with <see cref="Previous"/> in the KPI's good direction.</summary>
    public KpiTrend Trend => Latest is not { } latest || Previous is not { } previous ? KpiTrend.Unknown
        : latest.Value == previous.Value ? KpiTrend.Flat
        : IsBetter(latest.Value, previous.Value) ? KpiTrend.Improving : KpiTrend.Worsening;

    /// <summary>Whether <see cref="Latest"/> meets <see cref="Target"/> (false without either).</summary>
    public bool IsOnTarget => Latest is { } latest && Meets(latest.Value);

    /// <summary>
    /// How many of the most recent observations in a row miss the target: 0 when the latest meets it or no target
    /// is set, the number of observations when none ever met it.
    /// </summary>
    public int PeriodsInRed
    {
        get
        {
            if (Target is null) return 0;
            var count = 0;
            for (var i = Observations.Count - 1; i >= 0 && !Meets(Observations[i].Value); i--) count++;
            return count;
        }
    }

    /// <summary>Whether <paramref name="value"/> meets <see cref="Target"/> in the KPI's good direction (false without a target).</summary>
    public bool Meets(decimal value) => Target is { } target && (GoodDirection == GoodDirection.HigherIsBetter ? value >= target : value <= target);

    /// <summary>Whether <paramref name="value"/> is strictly better than <paramref name="than"/> in the KPI's good direction.</summary>
    public bool IsBetter(decimal value, decimal than) => GoodDirection == GoodDirection.HigherIsBetter ? value > than : value < than;

    private static KpiObservation[] Until(IReadOnlyList<KpiObservation> all, DateTimeOffset asOf)
    {
        var count = 0;
        foreach (var o in all) if (o.ObservedAt <= asOf) count++;
        var result = new KpiObservation[count];
        var i = 0;
        foreach (var o in all) if (o.ObservedAt <= asOf) result[i++] = o;
        return result;
    }
}
