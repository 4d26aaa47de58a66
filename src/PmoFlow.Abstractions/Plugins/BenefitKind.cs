namespace PmoFlow.Abstractions.Plugins;

/// <summary>
/// The standard benefit categories of benefits-realization practice; an industry category is counted as one of
/// them (the host maps them by name to the domain's own categories).
/// </summary>
public enum BenefitKind
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
