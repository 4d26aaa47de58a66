using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.FinancialServices.Profile;

/// <summary>How financial-services changes name their benefits, each counted as a standard kind.</summary>
internal static class FinancialServicesBenefits
{
    public static IReadOnlyList<BenefitCategoryDefinition> All { get; } =
    [
        new("operating-cost-saved", "Operating cost saved", BenefitCategory.Cashable,
            "Run-rate operating cost taken out of the budget, confirmed by the finance business partner."),
        new("capital-relief", "Capital relief", BenefitCategory.Cashable,
            "Lower capital held against lower risk-weighted assets, valued at the firm's cost of equity."),
        new("revenue-uplift", "Revenue uplift", BenefitCategory.Revenue,
            "Net new revenue attributed to the change (pricing, cross-sell, a new product), after attribution to other drivers."),
        new("loss-avoidance", "Loss avoidance", BenefitCategory.CostAvoidance,
            "Operational losses, fines and remediation costs avoided, against the loss history of the process."),
        new("capacity-released", "Capacity released", BenefitCategory.NonCashable,
            "Staff hours released by automation and straight-through processing and not (yet) taken out of the budget."),
        new("customer-outcomes", "Customer outcomes", BenefitCategory.NonFinancial,
            "Better outcomes for customers (fewer complaints, fair value), as conduct regulators ask firms to evidence."),
    ];
}
