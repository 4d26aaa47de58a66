using PmoFlow.Core.Benefits;

namespace PmoFlow.Core.Gates.BuiltIn;

/// <summary>
/// Value Delivery → Value Recognition: realized benefits reach a share of plan to date (cost avoidance counted at a
/// discount), every benefit is validated by its owner, and shortfalls are explained (DESIGN.md §2).
/// </summary>
internal sealed class Gate9To10Rule : IGateRule
{
    /// <inheritdoc />
    public string Gate => "gate-9-10";

    /// <inheritdoc />
    public void Evaluate(GateContext context, ClauseList clauses)
    {
        var t = context.Thresholds;
        var benefits = context.Benefits;
        clauses.Read("thresholds", new { t.RealizedBenefitShare, t.CostAvoidanceDiscount, t.VarianceNoteBelow });
        clauses.Read("benefits", benefits.Select(b => new
        {
            b.Id, b.Name, b.Category, b.Owner, b.PlannedToDate, b.ActualToDate, b.ValidatedBy, HasVarianceNote = !string.IsNullOrWhiteSpace(b.VarianceNote),
        }));

        RealizedShare(context, clauses);

        var unvalidated = benefits.Where(b => !IsValidatedByOwner(b)).ToList();
        clauses.Require("benefits-validated", "every benefit is validated by its business value owner",
            observed: $"{benefits.Count - unvalidated.Count} of {GateFormat.Count(benefits.Count, "benefit")} validated", threshold: "all validated by their owner",
            passed: unvalidated.Count == 0,
            missing: string.Join("; ", unvalidated.Select(ValidationMissing)));

        var below = t.VarianceNoteBelow;
        var unexplained = benefits.Where(b => b.PlannedToDate > 0 && b.ActualToDate / b.PlannedToDate < below && string.IsNullOrWhiteSpace(b.VarianceNote)).ToList();
        clauses.Require("variance-notes", $"a variance note for every benefit under {GateFormat.ThresholdPercent(below)} of its plan to date",
            observed: unexplained.Count == 0 ? "none unexplained" : $"{GateFormat.Count(unexplained.Count, "benefit")} under {GateFormat.ThresholdPercent(below)} without a note",
            threshold: $"a note below {GateFormat.ThresholdPercent(below)} of plan", passed: unexplained.Count == 0,
            missing: string.Join("; ", unexplained.Select(b => $"a variance note for {b.Name} ({GateFormat.Percent(b.ActualToDate / b.PlannedToDate)} of plan to date)")));
    }

    private static void RealizedShare(GateContext context, ClauseList clauses)
    {
        var t = context.Thresholds;
        // Money only: non-financial benefits have no dollars to add. Only owner-validated actuals count as realized.
        var financial = context.Benefits.Where(b => b.Category != BenefitCategory.NonFinancial).ToList();
        var plan = financial.Sum(b => b.PlannedToDate);
        var realized = financial.Where(IsValidatedByOwner)
            .Sum(b => b.ActualToDate * (b.Category == BenefitCategory.CostAvoidance ? t.CostAvoidanceDiscount : 1m));
        var required = t.RealizedBenefitShare * plan;
        clauses.Read("planToDate", plan);
        clauses.Read("realizedToDate", realized);

        var description = $"validated realized benefits at least {GateFormat.ThresholdPercent(t.RealizedBenefitShare)} of plan to date " +
            $"(cost avoidance counted at {GateFormat.ThresholdPercent(t.CostAvoidanceDiscount)})";
        var threshold = $"≥ {GateFormat.ThresholdPercent(t.RealizedBenefitShare)} ({GateFormat.Money(required)})";
        if (plan <= 0)
        {
            clauses.Require("realized-share", description, "no plan to date", threshold, passed: false,
                financial.Count == 0 ? "plan a financial benefit and record its actuals" : "record actuals for the benefits' elapsed periods");
            return;
        }

        clauses.Require("realized-share", description,
            observed: $"{GateFormat.Percent(realized / plan)} ({GateFormat.Money(realized)} of {GateFormat.Money(plan)})", threshold,
            passed: realized >= required,
            missing: $"needs {GateFormat.Shortfall(required - realized)} more validated benefit");
    }

    private static string ValidationMissing(Benefit b) =>
        string.IsNullOrWhiteSpace(b.Owner) ? $"an owner outside the PMO to validate {b.Name}"
        : b.ValidatedBy is null ? $"{b.Owner} to validate {b.Name}"
        : $"{b.Owner} to validate {b.Name} (validated by {b.ValidatedBy}, not its owner)";

    // The business value owner outside the PMO validates (DESIGN.md §2): a PMO analyst's sign-off does not count.
    private static bool IsValidatedByOwner(Benefit b) => b.IsValidated && !string.IsNullOrWhiteSpace(b.Owner) && string.Equals(b.ValidatedBy?.Trim(), b.Owner.Trim(), StringComparison.OrdinalIgnoreCase);
}
