namespace PmoFlow.Industry.Construction.Activities.EarnedValue;

/// <summary>
/// Earned value analysis at one status date: planned value (PV), earned value (EV) and actual cost (AC), and the
/// budget at completion (BAC) when known. Valid for PV and AC above zero.
/// </summary>
internal sealed record EarnedValueFigures(decimal PlannedValue, decimal EarnedValue, decimal ActualCost, decimal? BudgetAtCompletion)
{
    /// <summary>Schedule performance index, EV ÷ PV.</summary>
    public decimal Spi => EarnedValue / PlannedValue;

    /// <summary>Cost performance index, EV ÷ AC.</summary>
    public decimal Cpi => EarnedValue / ActualCost;

    /// <summary>Schedule variance in money, EV − PV.</summary>
    public decimal ScheduleVariance => EarnedValue - PlannedValue;

    /// <summary>Cost variance, EV − AC.</summary>
    public decimal CostVariance => EarnedValue - ActualCost;

    /// <summary>Estimate at completion if the remaining work costs what the work so far did (BAC ÷ CPI), the usual forecast.</summary>
    public decimal? EstimateAtCompletion => BudgetAtCompletion / Cpi;

    /// <summary>Variance at completion, BAC − EAC: negative is a forecast overrun.</summary>
    public decimal? VarianceAtCompletion => BudgetAtCompletion - EstimateAtCompletion;

    /// <summary>
    /// To-complete performance index, (BAC − EV) ÷ (BAC − AC): the efficiency the remaining work needs to finish within
    /// BAC. Null without BAC, or once AC has used it up (no budget is left to perform against).
    /// </summary>
    public decimal? ToCompletePerformanceIndex => BudgetAtCompletion is { } bac && bac > ActualCost ? (bac - EarnedValue) / (bac - ActualCost) : null;

    /// <summary>How much more value must be earned, at today's PV, for SPI to reach <paramref name="minimum"/> (0 when it does).</summary>
    public decimal EarnedValueForSpi(decimal minimum) => Math.Max(0m, minimum * PlannedValue - EarnedValue);

    /// <summary>How much more value must be earned, at today's AC, for CPI to reach <paramref name="minimum"/> (0 when it does).</summary>
    public decimal EarnedValueForCpi(decimal minimum) => Math.Max(0m, minimum * ActualCost - EarnedValue);
}
