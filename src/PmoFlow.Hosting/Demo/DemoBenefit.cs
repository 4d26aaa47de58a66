using PmoFlow.Core.Benefits;

namespace PmoFlow.Hosting.Demo;

/// <summary>A demo benefit: planned per quarter of the demo's fiscal year, with the actuals its owner validates in Value Delivery.</summary>
/// <param name="Id">Its id, short enough to type in the walkthrough.</param>
/// <param name="Name">Its name.</param>
/// <param name="Category">Its category.</param>
/// <param name="Owner">The business value owner outside the PMO, who validates it.</param>
/// <param name="Planned">Planned value per quarter, Q1 first.</param>
/// <param name="Actuals">Actual value per quarter so far.</param>
/// <param name="VarianceNote">Why actual differs from plan, when it does.</param>
internal sealed record DemoBenefit(string Id, string Name, BenefitCategory Category, string Owner, IReadOnlyList<decimal> Planned, IReadOnlyList<decimal> Actuals,
    string? VarianceNote = null)
{
    /// <summary>
    /// The demo's fiscal year. Fixed rather than taken from the clock so the seed writes the same periods whenever it
    /// runs, and the walkthrough's <c>--period 2026-Q2</c> names an existing period in any year.
    /// </summary>
    public const int FiscalYear = 2026;

    /// <summary>"2026-Q1" for quarter 0.</summary>
    public static string Period(int quarter) => FormattableString.Invariant($"{FiscalYear}-Q{quarter + 1}");
}
