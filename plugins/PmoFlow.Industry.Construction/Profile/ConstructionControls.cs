using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Profile;

/// <summary>Controls every construction programme shows evidence of, and the flywheel step they must be in place by.</summary>
internal static class ConstructionControls
{
    public static IReadOnlyList<MandatoryControl> All { get; } =
    [
        new("hse.construction-phase-plan", "Construction phase HSE plan approved", BeforeStep: 6,
            "The health and safety plan for the works (the construction phase plan under the UK's CDM 2015), with its risk assessments and method statements, approved before work starts on site."),
        new("hse.incident-reporting", "Incidents and hours reported", BeforeStep: null,
            "Every recordable incident and near miss reported within 24 hours, and hours worked reported monthly, subcontractors included."),
        new("evm.performance-baseline", "Performance measurement baseline agreed", BeforeStep: 6,
            "Scope, schedule and budget baselined and reviewed (an integrated baseline review) before progress is measured against them."),
        new("quality.inspection-test-plan", "Inspection and test plan approved", BeforeStep: 6,
            "Hold and witness points agreed with the client for every work package before it starts."),
        new("handover.documentation", "Handover documentation accepted", BeforeStep: 10,
            "As-built drawings, operation and maintenance manuals, test certificates and the health and safety file accepted by the client."),
    ];
}
