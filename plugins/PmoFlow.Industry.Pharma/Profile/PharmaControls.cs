using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Profile;

/// <summary>Controls every GxP service shows evidence of, and the flywheel step they must be in place by.</summary>
internal static class PharmaControls
{
    public static IReadOnlyList<MandatoryControl> All { get; } =
    [
        new("gxp.csv.validation-plan", "Validation plan approved", BeforeStep: 4,
            "The system's GAMP 5 category, GxP impact and risk assessment set the validation scope in a plan quality assurance approved before development."),
        new("gxp.csv.user-requirements", "User requirements specification approved", BeforeStep: 4,
            "Requirements the process owner approved, each traceable to the tests that verify it."),
        new("gxp.csv.qualification", "IQ, OQ and PQ executed and passed", BeforeStep: 6,
            "Executed, signed qualification protocols; every failed test resolved through a closed deviation."),
        new("gxp.csv.validation-summary", "Validation summary report approved by QA", BeforeStep: 6,
            "The system is released for GxP use only once quality assurance approves the validation summary report."),
        new("gxp.data-integrity", "Data integrity controls verified", BeforeStep: 6,
            "Audit trails, electronic signatures and access controls verified against 21 CFR Part 11 and EU GMP Annex 11 (ALCOA+)."),
        new("gxp.change-control", "Changes under change control", BeforeStep: null,
            "Every change to a validated system assessed, approved and, where it touches validated functions, verified again before release."),
        new("gxp.deviations-closed", "Deviations closed", BeforeStep: 9,
            "No deviation open against the service when it claims its value."),
    ];
}
