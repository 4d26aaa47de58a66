using PmoFlow.Core.Benefits;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Hosting.Demo;

/// <summary>
/// The demo's twelve services. Each one's data is complete up to the point its story stops, and short there in a
/// way a PMO would recognize (too few users onboarded, a KPI getting worse, a sponsor who has not signed yet).
/// Split by where the stories stop: <c>DemoServices.Early.cs</c> (steps 1–5) and <c>DemoServices.Late.cs</c> (6–10).
/// </summary>
internal static partial class DemoServices
{
    private const string Cfo = "Daniel Okafor (CFO)";
    private const string Coo = "Elena Varga (COO)";
    private const string Cio = "Priya Raman (CIO)";
    private const string FinancePartner = "Grace Liu, Finance business partner";

    /// <summary>Every demo service, in the order they are created.</summary>
    /// <remarks>Computed on each call: static initializers in the other partial files may not have run when this one would.</remarks>
    public static IReadOnlyList<DemoServicePlan> All =>
    [
        PortfolioReporting, ExecutiveDashboards, BenefitsRealizationOffice, PmMethodology, PmTrainingAcademy, RiskManagementService,
        ResourceManagement, ProjectHealthChecks, AgileCoaching, VendorManagementOffice, PpmToolRollout, LessonsLearnedLibrary,
    ];

    /// <summary>Users onboarded, observed from Service Onboarding on (gate 5→6 reads it by this name).</summary>
    private static DemoKpi Onboarded(int targetUsers, params decimal[] readings) =>
        new("onboarded-users", "users", 0, targetUsers, "PMO onboarding lead", readings, FlywheelStep.ServiceOnboarding);

    private static DemoKpi Kpi(string name, string unit, decimal baseline, decimal target, string owner, params decimal[] readings) =>
        new(name, unit, baseline, target, owner, readings);

    /// <summary>A benefit with the same plan every quarter.</summary>
    private static DemoBenefit Benefit(string id, string name, BenefitCategory category, string owner, decimal quarterlyPlan, params decimal[] actuals) =>
        new(id, name, category, owner, [quarterlyPlan, quarterlyPlan, quarterlyPlan, quarterlyPlan], actuals);
}
