// rule: value-delivery
// gates: gate-9-10
// version: 1
// description: Value Delivery → Value Recognition: realized benefits reach a share of plan to date (cost avoidance
//   counted at a discount), every benefit is validated by its owner, and shortfalls are explained (DESIGN.md §2).

var t = Thresholds;
Read("thresholds", new { t.RealizedBenefitShare, t.CostAvoidanceDiscount, t.VarianceNoteBelow });
Read("benefits", Benefits.Select(b => new
{
    b.Id, b.Name, b.Category, b.Owner, b.PlannedToDate, b.ActualToDate, b.ValidatedBy, b.HasVarianceNote,
}));

RealizedShare();

// The business value owner outside the PMO validates (DESIGN.md §2): a PMO analyst's sign-off does not count.
var unvalidated = Benefits.Where(b => !b.IsValidatedByOwner).ToList();
Require("benefits-validated", "every benefit is validated by its business value owner",
    observed: $"{Benefits.Count - unvalidated.Count} of {Text.Count(Benefits.Count, "benefit")} validated", threshold: "all validated by their owner",
    passed: unvalidated.Count == 0,
    missing: string.Join("; ", unvalidated.Select(ValidationMissing)));

var below = t.VarianceNoteBelow;
var unexplained = Benefits.Where(b => b.PlannedToDate > 0 && b.ActualToDate / b.PlannedToDate < below && !b.HasVarianceNote).ToList();
Require("variance-notes", $"a variance note for every benefit under {Text.ThresholdPercent(below)} of its plan to date",
    observed: unexplained.Count == 0 ? "none unexplained" : $"{Text.Count(unexplained.Count, "benefit")} under {Text.ThresholdPercent(below)} without a note",
    threshold: $"a note below {Text.ThresholdPercent(below)} of plan", passed: unexplained.Count == 0,
    missing: string.Join("; ", unexplained.Select(b => $"a variance note for {b.Name} ({Text.Percent(b.ActualToDate / b.PlannedToDate)} of plan to date)")));

void RealizedShare()
{
    // Money only: non-financial benefits have no dollars to add. Only owner-validated actuals count as realized.
    var financial = Benefits.Financial;
    var plan = financial.PlannedToDate;
    var realized = financial.ValidatedByOwner.Sum(b => b.ActualToDate * (b.Category == BenefitCategory.CostAvoidance ? t.CostAvoidanceDiscount : 1m));
    var required = t.RealizedBenefitShare * plan;
    Read("planToDate", plan);
    Read("realizedToDate", realized);

    var description = $"validated realized benefits at least {Text.ThresholdPercent(t.RealizedBenefitShare)} of plan to date " +
        $"(cost avoidance counted at {Text.ThresholdPercent(t.CostAvoidanceDiscount)})";
    var threshold = $"≥ {Text.ThresholdPercent(t.RealizedBenefitShare)} ({Text.Money(required)})";
    if (plan <= 0)
    {
        Require("realized-share", description, "no plan to date", threshold, passed: false,
            financial.Count == 0 ? "plan a financial benefit and record its actuals" : "record actuals for the benefits' elapsed periods");
        return;
    }

    Require("realized-share", description,
        observed: $"{Text.Percent(realized / plan)} ({Text.Money(realized)} of {Text.Money(plan)})", threshold,
        passed: realized >= required,
        missing: $"needs {Text.Shortfall(required - realized)} more validated benefit");
}

static string ValidationMissing(RuleBenefit b) =>
    string.IsNullOrWhiteSpace(b.Owner) ? $"an owner outside the PMO to validate {b.Name}"
    : b.ValidatedBy is null ? $"{b.Owner} to validate {b.Name}"
    : $"{b.Owner} to validate {b.Name} (validated by {b.ValidatedBy}, not its owner)";
