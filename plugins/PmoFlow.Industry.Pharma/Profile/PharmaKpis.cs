using PmoFlow.Abstractions.Rules;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Profile;

/// <summary>
/// What a GxP PMO measures: its quality system's health, and the validation evidence of the computerised systems its
/// services put into use. Validation results are shares of test cases, each observation linked to its signed record.
/// </summary>
internal static class PharmaKpis
{
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new("deviation-closure-time", "days", GoodDirection.LowerIsBetter,
            "Mean days from opening a deviation to closing it, investigation, impact assessment and CAPA assignment included."),
        new("open-deviations", "deviations", GoodDirection.LowerIsBetter,
            "Deviations open against the service; for a computerised system, those raised during its validation."),
        new("capa-on-time", "%", GoodDirection.HigherIsBetter,
            "Corrective and preventive actions closed by their due date, as a share of those due in the period."),
        new("right-first-time-batches", "%", GoodDirection.HigherIsBetter,
            "Batches released without a deviation, rework or reprocessing, as a share of batches dispositioned."),
        new("batch-disposition-time", "days", GoodDirection.LowerIsBetter,
            "Days from the end of manufacture to QP certification or QA release."),
        new("csv-requirements-traced", "%", GoodDirection.HigherIsBetter,
            "User requirements traced to executed and passed test cases (traceability matrix coverage)."),
        new("csv-iq-passed", "%", GoodDirection.HigherIsBetter,
            "Installation qualification test cases executed and passed, failures resolved through a closed deviation."),
        new("csv-oq-passed", "%", GoodDirection.HigherIsBetter,
            "Operational qualification test cases executed and passed, failures resolved through a closed deviation."),
        new("csv-pq-passed", "%", GoodDirection.HigherIsBetter,
            "Performance qualification (user acceptance in the production process) test cases executed and passed."),
        new("data-integrity-findings", "findings", GoodDirection.LowerIsBetter,
            "Open data integrity (ALCOA+) findings from audits, audit-trail reviews and self-inspections."),
        new("submission-milestones-on-time", "%", GoodDirection.HigherIsBetter,
            "Regulatory submission milestones met by their target date."),
    ];
}
