using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Profile;

/// <summary>How construction programmes name their benefits, each counted as a standard kind.</summary>
internal static class ConstructionBenefits
{
    public static IReadOnlyList<BenefitCategoryDefinition> All { get; } =
    [
        new("procurement-savings", "Procurement savings", BenefitCategory.Cashable,
            "Savings against the cost plan from tendering and negotiation, booked in the project ledger."),
        new("rework-cost-avoided", "Rework cost avoided", BenefitCategory.CostAvoidance,
            "Rework prevented by inspection and test plans or clash detection, valued at what the rework would have cost."),
        new("delay-damages-avoided", "Delay damages avoided", BenefitCategory.CostAvoidance,
            "Liquidated damages and extended preliminaries not incurred because milestones were met."),
        new("incident-cost-avoided", "Incident cost avoided", BenefitCategory.CostAvoidance,
            "Direct and indirect cost of the incidents the prior incident rate predicted and that did not happen."),
        new("early-handover-revenue", "Early handover revenue", BenefitCategory.Revenue,
            "Revenue or rent the client earns from an asset handed over before its contract date."),
        new("site-productivity", "Site productivity", BenefitCategory.NonCashable,
            "Labour hours released by prefabrication, digital workflows or better planning."),
        new("carbon-reduction", "Carbon reduction", BenefitCategory.NonFinancial,
            "Embodied and operational carbon saved against the design baseline, in tonnes CO2e."),
    ];
}
