// rule: incident-costs-validated
// gates: gate-9-10
// version: 1
// description: Value Delivery → Value Recognition: every cost-avoidance benefit (incident costs avoided) is
//   validated by its owner.

var avoided = Benefits.Where(b => b.Category == BenefitCategory.CostAvoidance).ToList();
var open = avoided.Where(b => !b.IsValidatedByOwner).Select(b => b.Name).ToList();
Require("incident-costs-validated", "every incident cost avoided is validated by its owner",
    observed: $"{avoided.Count - open.Count} of {avoided.Count} validated", threshold: "all validated",
    passed: open.Count == 0, missing: string.Join("; ", open.Select(n => $"validate {n}")));
