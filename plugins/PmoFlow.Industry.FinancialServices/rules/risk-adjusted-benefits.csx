// rule: risk-adjusted-benefits
// gates: gate-9-10
// version: 1
// description: Value Delivery → Value Recognition for financial services: realized benefits count at the confidence
//   finance gives their kind (cashable in full; revenue, non-cashable efficiency and cost avoidance at the profile's
//   weights, since attribution and counterfactuals are uncertain), only once validated by their business owner, and
//   the risk-adjusted total reaches the profile's share of the financial plan to date.

var minShare = Thresholds["fs.risk-adjusted-share.min"];
var weights = new Dictionary<BenefitCategory, decimal>
{
    [BenefitCategory.Cashable] = Thresholds["fs.benefit-weight.cashable"],
    [BenefitCategory.Revenue] = Thresholds["fs.benefit-weight.revenue"],
    [BenefitCategory.NonCashable] = Thresholds["fs.benefit-weight.non-cashable"],
    [BenefitCategory.CostAvoidance] = Thresholds["fs.benefit-weight.cost-avoidance"],
};
Read("thresholds", new { minShare, weights });

var financial = Benefits.Financial;
var plan = financial.PlannedToDate;
var validated = financial.ValidatedByOwner;
var adjusted = validated.Sum(b => b.ActualToDate * weights[b.Category]);
var required = minShare * plan;
Read("benefits", financial.Select(b => new
{
    b.Id, b.Name, b.Category, b.PlannedToDate, b.ActualToDate, weight = weights[b.Category], b.IsValidatedByOwner,
}));
Read("riskAdjustedToDate", adjusted);

var description = $"risk-adjusted validated benefit at least {Text.ThresholdPercent(minShare)} of the financial plan to date "
    + $"(cashable at {Text.Number(weights[BenefitCategory.Cashable])}, revenue at {Text.Number(weights[BenefitCategory.Revenue])}, "
    + $"non-cashable at {Text.Number(weights[BenefitCategory.NonCashable])}, cost avoidance at {Text.Number(weights[BenefitCategory.CostAvoidance])})";
var threshold = $"≥ {Text.ThresholdPercent(minShare)} ({Text.Money(required)})";
if (plan <= 0)
{
    Require("risk-adjusted-benefit", description, "no financial plan to date", threshold, passed: false,
        financial.Count == 0 ? "plan a financial benefit and record its actuals" : "record actuals for the benefits' elapsed periods");
    return;
}

// What validation alone would add: benefits realized but not yet signed off by their owner.
var pending = financial.Where(b => !b.IsValidatedByOwner && b.ActualToDate > 0).ToList();
var pendingText = pending.Count == 0 ? ""
    : "; validation would add " + string.Join(", ", pending.Select(b => $"{Text.Money(b.ActualToDate * weights[b.Category])} ({(string.IsNullOrWhiteSpace(b.Owner) ? "an owner" : b.Owner)} to validate {b.Name})"));
Require("risk-adjusted-benefit", description,
    observed: $"{Text.Percent(adjusted / plan)} ({Text.Money(adjusted)} risk-adjusted of {Text.Money(plan)} planned)", threshold,
    passed: adjusted >= required,
    missing: $"needs {Text.Shortfall(required - adjusted)} more risk-adjusted validated benefit{pendingText}");
