using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Profile;

/// <summary>How GxP services name their benefits, each counted as a standard kind.</summary>
internal static class PharmaBenefits
{
    public static IReadOnlyList<BenefitCategoryDefinition> All { get; } =
    [
        new("validation-spend-saved", "Validation spend saved", BenefitCategory.Cashable,
            "External validation and testing spend saved by risk-based (computer software assurance) testing, booked against the budget."),
        new("batch-failure-cost-avoided", "Batch failure cost avoided", BenefitCategory.CostAvoidance,
            "Rejected, reworked or reprocessed batches the prior failure rate predicted and that did not happen, at their cost."),
        new("earlier-market-access", "Earlier market access", BenefitCategory.Revenue,
            "Revenue from an approval or launch brought forward: days gained times the product's forecast daily revenue."),
        new("qa-review-capacity", "QA review capacity", BenefitCategory.NonCashable,
            "Quality assurance hours released by review by exception and electronic batch records."),
        new("inspection-readiness", "Inspection readiness", BenefitCategory.NonFinancial,
            "Fewer critical and major observations at regulatory inspections and audits."),
    ];
}
