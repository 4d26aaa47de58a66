namespace PmoFlow.Core.Benefits;

/// <summary>A benefit a service is to deliver, planned against actual per fiscal period.</summary>
/// <param name="Id">The id.</param>
/// <param name="ServiceId">The service.</param>
/// <param name="Name">The name.</param>
/// <param name="Category">The category.</param>
/// <param name="Owner">The business value owner outside the PMO who validates it.</param>
/// <param name="Periods">Planned and actual per period.</param>
/// <param name="ValidatedBy">Who validated the actuals, if validated.</param>
/// <param name="ValidatedAt">When.</param>
/// <param name="VarianceNote">Why actual differs from plan, if explained.</param>
public sealed record Benefit(string Id, string ServiceId, string Name, BenefitCategory Category, string Owner, IReadOnlyList<BenefitPeriod> Periods,
    string? ValidatedBy, DateTimeOffset? ValidatedAt, string? VarianceNote)
{
    /// <summary>Planned to date (periods that have an actual or have ended).</summary>
    public decimal PlannedToDate => Periods.Where(p => p.Actual is not null).Sum(p => p.Planned);

    /// <summary>Actual to date.</summary>
    public decimal ActualToDate => Periods.Sum(p => p.Actual ?? 0);

    /// <summary>Whether the owner validated it.</summary>
    public bool IsValidated => ValidatedBy is not null;
}
