using System.Collections.ObjectModel;

namespace PmoFlow.Abstractions.Rules;

/// <summary>The service's benefits, with the sums and slices rules ask for: planned vs actual to date, by category, validated or not.</summary>
/// <param name="benefits">The benefits.</param>
public sealed class BenefitSet(IList<RuleBenefit> benefits) : ReadOnlyCollection<RuleBenefit>(benefits)
{
    /// <summary>Planned to date over the set.</summary>
    public decimal PlannedToDate => this.Sum(b => b.PlannedToDate);

    /// <summary>Actual to date over the set.</summary>
    public decimal ActualToDate => this.Sum(b => b.ActualToDate);

    /// <summary>The benefits that count in money.</summary>
    public BenefitSet Financial => Where(b => b.IsFinancial);

    /// <summary>The benefits validated by their own owner.</summary>
    public BenefitSet ValidatedByOwner => Where(b => b.IsValidatedByOwner);

    /// <summary>The benefits nobody validated yet.</summary>
    public BenefitSet Unvalidated => Where(b => !b.IsValidated);

    /// <summary>The benefits in any of <paramref name="categories"/>.</summary>
    public BenefitSet InCategory(params BenefitCategory[] categories) => Where(b => categories.Contains(b.Category));

    private BenefitSet Where(Func<RuleBenefit, bool> predicate) => new(Items.Where(predicate).ToArray());
}
