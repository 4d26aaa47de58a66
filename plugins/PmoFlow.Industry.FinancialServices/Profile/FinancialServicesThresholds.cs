namespace PmoFlow.Industry.FinancialServices.Profile;

/// <summary>The gate thresholds financial-services rules read, with their defaults (an organization overrides them).</summary>
internal static class FinancialServicesThresholds
{
    public const decimal DefaultCashableWeight = 1.0m;
    public const decimal DefaultRevenueWeight = 0.7m;
    public const decimal DefaultNonCashableWeight = 0.5m;
    public const decimal DefaultCostAvoidanceWeight = 0.5m;

    public static IReadOnlyDictionary<string, decimal> Defaults() => new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        // Management relies on a key control only once its operating effectiveness is tested: all of them, each time.
        ["sox.key-controls-tested.min"] = 1.0m,
        ["sox.open-deficiencies.max"] = 0m,
        // How much of a realized benefit finance banks, by kind: cash out of the budget in full; revenue less what
        // other drivers explain; released capacity and avoided cost, which leave no trace in the ledger, at half
        // (the weight PmoFlow's default gate already gives cost avoidance).
        ["fs.benefit-weight.cashable"] = DefaultCashableWeight,
        ["fs.benefit-weight.revenue"] = DefaultRevenueWeight,
        ["fs.benefit-weight.non-cashable"] = DefaultNonCashableWeight,
        ["fs.benefit-weight.cost-avoidance"] = DefaultCostAvoidanceWeight,
        // Below the default gate's 80% of plan: the weights already take out what is uncertain.
        ["fs.risk-adjusted-share.min"] = 0.75m,
    };
}
