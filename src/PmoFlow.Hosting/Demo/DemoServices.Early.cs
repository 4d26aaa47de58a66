using PmoFlow.Core.Benefits;

namespace PmoFlow.Hosting.Demo;

/// <summary>The services whose stories stop in steps 1–5.</summary>
internal static partial class DemoServices
{
    /// <summary>Step 1: proposed, but no PMO customer has asked for it yet.</summary>
    private static DemoServicePlan LessonsLearnedLibrary { get; } = new("lessons-learned-library", "Lessons-learned library",
        "A searchable library of lessons learned from closed projects, tagged by risk and phase.", Coo, [], 150);

    /// <summary>Step 2: one needs-survey answer of the three gate 2→3 asks for.</summary>
    private static DemoServicePlan PpmToolRollout { get; } = new("ppm-tool-rollout", "PPM tool rollout",
        "Rollout of the enterprise project portfolio management tool to every project team.", Cio, ["cio", "pm-community", "digital-bu"], 300)
    {
        NeedsResponses = 1,
    };

    /// <summary>Step 3: success criteria agreed; the sponsor has not approved yet.</summary>
    private static DemoServicePlan AgileCoaching { get; } = new("agile-coaching", "Agile coaching",
        "Coaching for teams moving to agile delivery, with a community of practice.", Cio, ["digital-bu", "pm-community"], 90)
    {
        Kpis = [Onboarded(90), Kpi("sprint-predictability", "%", 55, 80, "Agile coach lead")],
        SponsorApproves = false,
    };

    /// <summary>Step 3: approved, but one success criterion has no baseline and no owner.</summary>
    private static DemoServicePlan VendorManagementOffice { get; } = new("vendor-management-office", "Vendor management office",
        "Supplier selection, contract performance and vendor risk for project suppliers.", Cfo, ["cfo", "operations-bu"], 30)
    {
        Kpis = [Onboarded(30), new DemoKpi("supplier-on-time-delivery", "%", Baseline: null, Target: 90, Owner: null, [])],
    };

    /// <summary>Step 4: built, but nobody has planned the benefit it is for.</summary>
    private static DemoServicePlan ProjectHealthChecks { get; } = new("project-health-checks", "Project health checks",
        "Independent health checks of at-risk projects, with recovery recommendations.", Cio, ["cio", "programme-leads", "digital-bu"], 45)
    {
        Kpis = [Onboarded(45), Kpi("troubled-projects-recovered", "%", 20, 60, "Delivery assurance lead")],
    };

    /// <summary>Step 5: 70 of 120 users onboarded (58%); gate 5→6 wants 70%. Onboarding CSAT is fine.</summary>
    private static DemoServicePlan ResourceManagement { get; } = new("resource-management", "Resource management",
        "Capacity planning and allocation of shared specialists across projects.", Coo, ["operations-bu", "pm-community", "programme-leads"], 120)
    {
        Kpis = [Onboarded(120, 70), Kpi("specialist-utilization", "%", 62, 80, "Resource manager")],
        Benefits = [Benefit("rm-contractor-reduction", "Fewer contractors hired for peak demand", BenefitCategory.Cashable, "Elena Varga, COO", 80_000)],
    };
}
