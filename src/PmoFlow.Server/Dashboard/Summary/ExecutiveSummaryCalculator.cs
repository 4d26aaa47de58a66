using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Scorecard;

namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>
/// Computes the executive summary from known records and the PMO's clock, with no I/O, so every figure can be checked
/// against hand-made data. Benefits figures come first (Value Recognition's "business translation"), then the voice of
/// the customer, the KPIs and the flywheel. Validated and unvalidated money are always separate figures: only money the
/// benefit's owner validated is ever called validated.
/// </summary>
internal sealed partial class ExecutiveSummaryCalculator(PmoCalendar calendar, DashboardLinks links)
{
    public ExecutiveSummary Compute(ScorecardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var quarter = calendar.CurrentQuarter;
        var lines = BenefitLine.Of(data);
        var figures = new List<SummaryFigure>();
        figures.AddRange(ValidatedThisQuarter(lines, quarter));
        if (AwaitingValidationThisQuarter(lines, quarter) is { } awaiting) figures.Add(awaiting);
        figures.Add(FiscalYearToDate(lines, quarter));
        figures.Add(Customers(data, quarter));
        figures.Add(Kpis(data));
        figures.Add(Flywheel(data));
        return new ExecutiveSummary(quarter.Label, quarter.Year, calendar.Now, figures);
    }
}
