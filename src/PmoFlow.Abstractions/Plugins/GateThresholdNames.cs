namespace PmoFlow.Abstractions.Plugins;

/// <summary>
/// The names of the built-in gate thresholds (DESIGN.md §2), for <see cref="IndustryProfile.GateThresholds"/>.
/// Shares are fractions (<c>0.8</c> is 80%); durations are in days.
/// </summary>
public static class GateThresholdNames
{
    /// <summary>Share of target users onboarded before Service Operation (5→6).</summary>
    public const string OnboardedShare = "OnboardedShare";

    /// <summary>Minimum onboarding CSAT, 1–5 (5→6).</summary>
    public const string OnboardingCsat = "OnboardingCsat";

    /// <summary>Realized benefits as a share of plan to date (9→10).</summary>
    public const string RealizedBenefitShare = "RealizedBenefitShare";

    /// <summary>Weight of cost avoidance when counting realized benefits (9→10).</summary>
    public const string CostAvoidanceDiscount = "CostAvoidanceDiscount";

    /// <summary>Below this share of plan, a benefit needs a variance note (9→10).</summary>
    public const string VarianceNoteBelow = "VarianceNoteBelow";

    /// <summary>Target NPS for the next turn (10→1).</summary>
    public const string NpsTarget = "NpsTarget";

    /// <summary>How old, in days, a KPI's latest observation may be before monitoring counts it as stale (7→8).</summary>
    public const string ObservationMaxAge = "ObservationMaxAge";

    /// <summary>Minimum survey responses before CSAT or NPS counts.</summary>
    public const string MinimumResponses = "MinimumResponses";

    /// <summary>How many days an approval may wait before it is overdue.</summary>
    public const string ApprovalDue = "ApprovalDue";

    /// <summary>How many days before the due date a reminder goes out.</summary>
    public const string ApprovalReminderBefore = "ApprovalReminderBefore";
}
