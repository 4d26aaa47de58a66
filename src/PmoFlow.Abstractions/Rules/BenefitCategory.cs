namespace PmoFlow.Abstractions.Rules;

/// <summary>Benefit categories, as benefits-realization practice uses them.</summary>
public enum BenefitCategory
{
    /// <summary>Money that leaves the budget.</summary>
    Cashable,

    /// <summary>Efficiency that does not leave the budget.</summary>
    NonCashable,

    /// <summary>Cost that would have been incurred and was not.</summary>
    CostAvoidance,

    /// <summary>New or protected revenue.</summary>
    Revenue,

    /// <summary>Benefits measured otherwise than in money.</summary>
    NonFinancial,
}
