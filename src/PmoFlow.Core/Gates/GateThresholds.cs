namespace PmoFlow.Core.Gates;

/// <summary>
/// Thresholds the default gates use. These are profile defaults (DESIGN.md §2); an organization overrides
/// them, and industry profiles bring their own.
/// </summary>
public sealed record GateThresholds
{
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
}
