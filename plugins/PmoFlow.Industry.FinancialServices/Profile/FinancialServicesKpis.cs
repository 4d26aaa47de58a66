using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.FinancialServices.Profile;

/// <summary>
/// What a financial-services PMO measures: the state of the key controls its changes touch (as SOX section 404
/// testing reports it), regulatory obligations, and the operating results its benefits show up in.
/// </summary>
internal static class FinancialServicesKpis
{
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new("key-controls-tested", "%", GoodDirection.HigherIsBetter,
            "In-scope key controls whose operating effectiveness was tested in the current assessment cycle, each result in a workpaper."),
        new("key-controls-effective", "%", GoodDirection.HigherIsBetter,
            "Tested key controls found operating effectively, without exceptions."),
        new("open-control-deficiencies", "deficiencies", GoodDirection.LowerIsBetter,
            "Control deficiencies found and not yet remediated and retested, significant deficiencies included."),
        new("significant-deficiencies", "deficiencies", GoodDirection.LowerIsBetter,
            "Open significant deficiencies: less severe than a material weakness, yet important enough to merit the audit committee's attention."),
        new("material-weaknesses", "weaknesses", GoodDirection.LowerIsBetter,
            "Open material weaknesses: deficiencies with a reasonable possibility that a material misstatement is not prevented or detected on time."),
        new("overdue-remediation-actions", "actions", GoodDirection.LowerIsBetter,
            "Remediation actions for control deficiencies or audit issues past their agreed date."),
        new("open-regulatory-findings", "findings", GoodDirection.LowerIsBetter,
            "Open supervisory findings (such as matters requiring attention) and high-rated internal audit issues."),
        new("regulatory-reports-on-time", "%", GoodDirection.HigherIsBetter,
            "Regulatory returns submitted complete and by their deadline."),
        new("operational-losses", "USD", GoodDirection.LowerIsBetter,
            "Gross operational risk losses booked in the period, by the Basel event types."),
        new("straight-through-processing", "%", GoodDirection.HigherIsBetter,
            "Transactions processed end to end without manual intervention."),
        new("cost-income-ratio", "%", GoodDirection.LowerIsBetter,
            "Operating costs as a share of operating income for the business line the change serves."),
    ];
}
