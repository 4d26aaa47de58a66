namespace PmoFlow.Abstractions.Rules;

/// <summary>A benefit the service is to deliver, planned against actual per fiscal period.</summary>
public sealed class RuleBenefit
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The category.</summary>
    public BenefitCategory Category { get; init; }

    /// <summary>The business value owner outside the PMO who validates it; empty when nobody owns it.</summary>
    public string Owner { get; init; } = "";

    /// <summary>Planned and actual per period.</summary>
    public IReadOnlyList<RuleBenefitPeriod> Periods { get; init; } = [];

    /// <summary>Who validated the actuals, if anyone did.</summary>
    public string? ValidatedBy { get; init; }

    /// <summary>When the actuals were validated.</summary>
    public DateTimeOffset? ValidatedAt { get; init; }

    /// <summary>Why actual differs from plan, if explained.</summary>
    public string? VarianceNote { get; init; }

    /// <summary>Planned to date: the plan of the periods that have an actual.</summary>
    public decimal PlannedToDate => Periods.Where(p => p.Actual is not null).Sum(p => p.Planned);

    /// <summary>Actual to date.</summary>
    public decimal ActualToDate => Periods.Sum(p => p.Actual ?? 0);

    /// <summary>The whole plan, every period.</summary>
    public decimal PlannedTotal => Periods.Sum(p => p.Planned);

    /// <summary>Actual to date as a share of plan to date, or null while nothing is planned to date.</summary>
    public decimal? ShareOfPlanToDate => PlannedToDate > 0 ? ActualToDate / PlannedToDate : null;

    /// <summary>Whether anyone validated it.</summary>
    public bool IsValidated => ValidatedBy is not null;

    /// <summary>
    /// Whether its own business value owner validated it (names compared trimmed, ignoring case): a PMO analyst's
    /// sign-off is <see cref="IsValidated"/> but not this.
    /// </summary>
    public bool IsValidatedByOwner => IsValidated && !string.IsNullOrWhiteSpace(Owner)
        && string.Equals(ValidatedBy?.Trim(), Owner.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a variance note explains it.</summary>
    public bool HasVarianceNote => !string.IsNullOrWhiteSpace(VarianceNote);

    /// <summary>Whether it counts in money (every category but <see cref="BenefitCategory.NonFinancial"/>).</summary>
    public bool IsFinancial => Category != BenefitCategory.NonFinancial;
}
