using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Profile;

/// <summary>
/// What a construction PMO measures. Counts and hours are project to date, so the rules can compute the rates
/// themselves and say how far a rate is from its limit; money is in the project's currency.
/// </summary>
internal static class ConstructionKpis
{
    public const string Trir = "trir";
    public const string Ltifr = "ltifr";
    public const string RecordableIncidents = "recordable-incidents";
    public const string LostTimeInjuries = "lost-time-injuries";
    public const string HoursWorked = "hours-worked";
    public const string Spi = "spi";
    public const string Cpi = "cpi";
    public const string PlannedValue = "planned-value";
    public const string EarnedValue = "earned-value";
    public const string ActualCost = "actual-cost";
    public const string BudgetAtCompletion = "budget-at-completion";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(Trir, "per 200k hours", GoodDirection.LowerIsBetter,
            "Total recordable incident rate: recordable injuries and illnesses × 200,000 ÷ hours worked (OSHA's basis, 100 full-time workers for a year)."),
        new(Ltifr, "per 1M hours", GoodDirection.LowerIsBetter,
            "Lost-time injury frequency rate: injuries with at least a day away from work × 1,000,000 ÷ hours worked."),
        new(RecordableIncidents, "incidents", GoodDirection.LowerIsBetter,
            "Recordable injuries and illnesses to date, subcontractors included (the TRIR numerator)."),
        new(LostTimeInjuries, "injuries", GoodDirection.LowerIsBetter,
            "Injuries with at least one full day away from work after the day of the injury, to date (the LTIFR numerator)."),
        new(HoursWorked, "hours", GoodDirection.HigherIsBetter,
            "Hours worked on site by everyone, subcontractors included, to date: the exposure behind TRIR and LTIFR."),
        new("near-miss-reports", "per 200k hours", GoodDirection.HigherIsBetter,
            "Near misses reported per 200,000 hours: a leading indicator, since hazards reported are hazards removed before they hurt someone."),
        new(Spi, "ratio", GoodDirection.HigherIsBetter,
            "Schedule performance index, earned value ÷ planned value; below 1 the work is behind its baseline."),
        new(Cpi, "ratio", GoodDirection.HigherIsBetter,
            "Cost performance index, earned value ÷ actual cost; below 1 the work costs more than its budget."),
        new(PlannedValue, "USD", GoodDirection.HigherIsBetter,
            "Budgeted cost of the work scheduled to the status date (PV), from the performance measurement baseline; judged through SPI."),
        new(EarnedValue, "USD", GoodDirection.HigherIsBetter,
            "Budgeted cost of the work performed to the status date (EV)."),
        new(ActualCost, "USD", GoodDirection.LowerIsBetter,
            "Actual cost of the work performed to the status date (AC), accrued, not just invoiced."),
        new(BudgetAtCompletion, "USD", GoodDirection.LowerIsBetter,
            "Total budget of the baselined work (BAC); growth means the baseline was re-planned upwards."),
        new("rework-cost-share", "%", GoodDirection.LowerIsBetter,
            "Cost of rework as a share of the construction cost to date."),
        new("rfi-turnaround", "days", GoodDirection.LowerIsBetter,
            "Mean working days from a request for information to the designer's answer."),
        new("open-punch-items", "items", GoodDirection.LowerIsBetter,
            "Defects on the punch (snagging) list not yet closed."),
    ];
}
