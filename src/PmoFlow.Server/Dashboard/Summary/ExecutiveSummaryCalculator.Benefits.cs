using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Scorecard;

namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>The money figures: validated this quarter by category, awaiting validation, and the fiscal year to date against plan.</summary>
internal sealed partial class ExecutiveSummaryCalculator
{
    private IEnumerable<SummaryFigure> ValidatedThisQuarter(IReadOnlyList<BenefitLine> lines, FiscalQuarter quarter)
    {
        var validated = lines.Where(l => l.Quarter == quarter && l.HasActual && l.Validated).ToList();
        if (validated.Count == 0)
        {
            yield return NothingValidated(lines, quarter);
            yield break;
        }
        foreach (var category in validated.GroupBy(l => l.Benefit.Category).OrderByDescending(g => g.Sum(l => l.Actual)).ThenBy(g => g.Key))
        {
            var amount = category.Sum(l => l.Actual);
            var services = category.Select(l => l.Service.Id).Distinct(StringComparer.Ordinal).Count();
            var money = MoneyText.Format(amount);
            yield return new SummaryFigure($"validated-{BenefitCategoryText.Key(category.Key)}-quarter", $"Validated {BenefitCategoryText.Phrase(category.Key)}, {quarter}", money,
                $"{money} validated {BenefitCategoryText.Phrase(category.Key)} across {DashboardText.Count(services, "service")} this quarter ({quarter}).",
                amount, [.. category.Select(l => BenefitEvidence(l, MoneyText.Format(l.Actual)))]);
        }
    }

    /// <summary>Early in a quarter nothing is validated yet; the latest quarter that was says where value stands.</summary>
    private SummaryFigure NothingValidated(IReadOnlyList<BenefitLine> lines, FiscalQuarter quarter)
    {
        var earlier = lines.Where(l => l.Quarter is { } q && q < quarter && l.HasActual && l.Validated).GroupBy(l => l.Quarter!.Value).MaxBy(g => g.Key);
        var none = $"No validated benefits recorded for this quarter ({quarter}) yet";
        if (earlier is null) return new SummaryFigure("validated-quarter", $"Validated benefits, {quarter}", MoneyText.Format(0m), none + ".", 0m, []);
        return new SummaryFigure("validated-quarter", $"Validated benefits, {quarter}", MoneyText.Format(0m),
            $"{none}; the latest, {earlier.Key}, has {MoneyText.Format(earlier.Sum(l => l.Actual))} validated across {DashboardText.Count(earlier.Select(l => l.Service.Id).Distinct(StringComparer.Ordinal).Count(), "service")}.",
            0m, [.. earlier.Select(l => BenefitEvidence(l, MoneyText.Format(l.Actual)))]);
    }

    private SummaryFigure? AwaitingValidationThisQuarter(IReadOnlyList<BenefitLine> lines, FiscalQuarter quarter)
    {
        var awaiting = lines.Where(l => l.Quarter == quarter && l.HasActual && !l.Validated).ToList();
        if (awaiting.Count == 0) return null;
        var amount = awaiting.Sum(l => l.Actual);
        var money = MoneyText.Format(amount);
        var benefits = awaiting.Select(l => l.Benefit.Id).Distinct(StringComparer.Ordinal).Count();
        var services = awaiting.Select(l => l.Service.Id).Distinct(StringComparer.Ordinal).Count();
        return new SummaryFigure("awaiting-validation-quarter", $"Awaiting validation, {quarter}", money,
            $"{money} more reported this quarter awaits validation by the benefit owners ({DashboardText.Count(benefits, "benefit")} across {DashboardText.Count(services, "service")}); it is not counted as validated.",
            amount, [.. awaiting.Select(l => BenefitEvidence(l, $"{MoneyText.Format(l.Actual)}, {BenefitValidation.Awaiting(l.Benefit)}"))]);
    }

    /// <summary>
    /// Plan to date is this fiscal year's periods that have ended or have an actual (what <c>Benefit.PlannedToDate</c>
    /// means by it): the quarter under way counts once something is reported for it, so its plan does not read as a
    /// shortfall on its first day, while a past quarter with nothing reported does.
    /// </summary>
    private SummaryFigure FiscalYearToDate(IReadOnlyList<BenefitLine> lines, FiscalQuarter quarter)
    {
        var year = lines.Where(l => l.Quarter is { } q && q.Year == quarter.Year && (q < quarter || (q == quarter && l.HasActual))).ToList();
        var planned = year.Sum(l => l.Period.Planned);
        var validated = year.Where(l => l.Validated).Sum(l => l.Actual);
        var awaiting = year.Where(l => !l.Validated).Sum(l => l.Actual);
        if (year.Count == 0)
            return new SummaryFigure("fiscal-year-to-date", Title(quarter), MoneyText.Format(0m), $"No money benefit has a period of fiscal year {quarter.Year} ended or reported yet.", 0m, []);

        var statement = $"Fiscal year {quarter.Year} to date: {MoneyText.Format(validated)} validated against {MoneyText.Format(planned)} planned for the periods so far"
            + (planned > 0 ? $" ({DashboardText.Percent(validated / planned)})" : "")
            + (awaiting > 0 ? $"; a further {MoneyText.Format(awaiting)} awaits validation." : ".");
        var evidence = year.GroupBy(l => l.Benefit.Id, StringComparer.Ordinal).Select(g =>
        {
            var first = g.First();
            var (actual, plan) = (MoneyText.Format(g.Sum(l => l.Actual)), MoneyText.Format(g.Sum(l => l.Period.Planned)));
            var detail = !g.Any(l => l.HasActual) ? $"nothing reported yet against {plan} planned"
                : first.Validated ? $"{actual} validated of {plan} planned"
                : $"{actual} reported of {plan} planned, {BenefitValidation.Awaiting(first.Benefit)}";
            return new EvidenceLink("benefit", $"{first.Benefit.Name} · {first.Service.Name}: {detail}", links.Benefit(first.Service.Id, first.Benefit.Id));
        });
        return new SummaryFigure("fiscal-year-to-date", Title(quarter), MoneyText.Format(validated), statement, validated, [.. evidence]);
    }

    private static string Title(FiscalQuarter quarter) => $"Fiscal year {quarter.Year} to date";

    private EvidenceLink BenefitEvidence(BenefitLine line, string detail) =>
        new("benefit", $"{line.Benefit.Name} · {line.Service.Name} · {line.Period.Period}: {detail}", links.Benefit(line.Service.Id, line.Benefit.Id));
}
