using PmoFlow.Core.Benefits;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>Benefit categories in words: as a label, as business language, and as a key.</summary>
internal static class BenefitCategoryText
{
    /// <summary>"cost avoidance", "non-cashable": the category as the records show it.</summary>
    public static string Label(BenefitCategory category) => category switch
    {
        BenefitCategory.CostAvoidance => "cost avoidance",
        BenefitCategory.NonCashable => "non-cashable",
        BenefitCategory.NonFinancial => "non-financial",
        _ => category.ToString().ToLowerInvariant(),
    };

    /// <summary>"cashable savings": what an executive summary calls money of the category.</summary>
    public static string Phrase(BenefitCategory category) => category switch
    {
        BenefitCategory.CostAvoidance => "cost avoidance",
        BenefitCategory.Cashable => "cashable savings",
        BenefitCategory.NonCashable => "non-cashable savings",
        BenefitCategory.Revenue => "revenue",
        _ => "benefits",
    };

    /// <summary>"cost-avoidance": the category in a figure's key.</summary>
    public static string Key(BenefitCategory category) => Label(category).Replace(' ', '-');
}
