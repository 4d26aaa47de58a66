using PmoFlow.Core.Benefits;
using PmoFlow.Core.Services;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>One period of one money benefit: the unit every benefit figure and chart adds up.</summary>
/// <param name="Service">The service delivering it.</param>
/// <param name="Benefit">The benefit.</param>
/// <param name="Period">The period, with its plan and actual.</param>
/// <param name="Quarter">The quarter the period names; null when it names none (<c>FY2026</c>).</param>
/// <param name="Validated">Whether the benefit's owner validated it.</param>
internal sealed record BenefitLine(PmoService Service, Benefit Benefit, BenefitPeriod Period, FiscalQuarter? Quarter, bool Validated)
{
    /// <summary>The actual, or zero while none is reported.</summary>
    public decimal Actual => Period.Actual ?? 0m;

    /// <summary>Whether an actual has been reported for the period.</summary>
    public bool HasActual => Period.Actual is not null;

    /// <summary>
    /// Every period of every money benefit. Non-financial benefits have no dollars to add, so they stay on the service
    /// page. Validation is the benefit's, so all its periods count as validated once its owner validated it: the
    /// reading gate 9→10 makes.
    /// </summary>
    public static IReadOnlyList<BenefitLine> Of(ScorecardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return
        [
            .. from records in data.Services
               from benefit in records.Benefits
               where benefit.Category != BenefitCategory.NonFinancial
               let validated = BenefitValidation.IsValidatedByOwner(benefit)
               from period in benefit.Periods
               select new BenefitLine(records.Service, benefit, period, FiscalQuarter.Place(period.Period), validated),
        ];
    }
}
