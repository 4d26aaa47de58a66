using PmoFlow.Core.Benefits;

namespace PmoFlow.Hosting.Demo;

/// <summary>The services whose stories stop in steps 6–10, and the one that went round into its second turn.</summary>
internal static partial class DemoServices
{
    /// <summary>Step 6: one KPI has never been measured, so there is nothing to monitor it by.</summary>
    private static DemoServicePlan RiskManagementService { get; } = new("risk-management-service", "Risk management service",
        "Portfolio-wide risk registers, escalation paths and monthly risk reviews.", Cfo, ["exec-committee", "programme-leads", "operations-bu"], 80)
    {
        Kpis = [Onboarded(80, 64, 72), Kpi("high-risks-mitigated", "%", 40, 90, "Portfolio risk manager"), Kpi("risk-review-attendance", "%", 50, 85, "Portfolio risk manager", 80, 88)],
        Benefits = [Benefit("rms-risk-events-avoided", "Avoided cost of unmanaged risk events", BenefitCategory.CostAvoidance, "Sarah Kim, Chief risk officer", 150_000)],
    };

    /// <summary>Step 7: certified PMs measured once; monitoring needs a trend.</summary>
    private static DemoServicePlan PmTrainingAcademy { get; } = new("pm-training-academy", "PM training academy",
        "Role-based project management curriculum and certification paths.", Coo, ["pm-community", "programme-leads"], 200)
    {
        Kpis = [Onboarded(200, 150, 170), Kpi("certified-pms", "PMs", 12, 60, "Academy lead", 31)],
        Benefits = [Benefit("pta-external-training", "External training spend avoided", BenefitCategory.CostAvoidance, "Hannah Wright, HR director", 60_000)],
    };

    /// <summary>Step 8: on-time milestones got worse (78% to 74%, target 85%), so improvement has not worked yet.</summary>
    private static DemoServicePlan PmMethodology { get; } = new("pm-methodology", "PM methodology",
        "A tailored hybrid delivery methodology with templates, stage gates and tailoring guidance.", Coo, ["pm-community", "programme-leads", "digital-bu"], 150)
    {
        Kpis = [Onboarded(150, 120, 140), Kpi("on-time-milestones", "%", 61, 85, "Head of delivery assurance", 78, 74), Kpi("template-adoption", "%", 35, 80, "Methodology lead", 70, 84)],
        Benefits = [Benefit("pmm-rework", "Less rework on delivery projects", BenefitCategory.NonCashable, "Elena Varga, COO", 50_000)],
    };

    /// <summary>Step 9: $480k of $700k planned to date validated (68%, cost avoidance at half); gate 9→10 wants 80%.</summary>
    private static DemoServicePlan BenefitsRealizationOffice { get; } = new("benefits-realization-office", "Benefits realization office",
        "Tracks planned against realized benefits for every major investment, validated by business owners.", Cfo, ["cfo", "exec-committee", "operations-bu"], 25)
    {
        Kpis = [Onboarded(25, 22, 24), Kpi("benefits-with-owner", "%", 30, 90, "Benefits realization lead", 75, 92)],
        Benefits =
        [
            Benefit("bro-overrun-reduction", "Lower project cost overruns", BenefitCategory.Cashable, FinancePartner, 250_000, 230_000, 150_000),
            Benefit("bro-avoided-contractors", "Avoided contractor spend", BenefitCategory.CostAvoidance, "Marco Silva, Procurement", 100_000, 120_000, 80_000),
        ],
    };

    /// <summary>Step 10: value reported and NPS 67; the sponsor's acknowledgement is pending.</summary>
    private static DemoServicePlan ExecutiveDashboards { get; } = new("executive-dashboards", "Executive dashboards",
        "Self-service portfolio dashboards for executives and business-unit heads.", Cio, ["exec-committee", "cio", "operations-bu"], 40)
    {
        Kpis = [Onboarded(40, 34, 38), Kpi("weekly-active-executives", "%", 20, 70, "BI product owner", 55, 72)],
        Benefits = [Benefit("ed-licence-consolidation", "Reporting licences consolidated", BenefitCategory.Cashable, "Tom Becker, IT finance", 40_000, 45_000, 40_000)],
        ValueStatement = "Executive dashboards retired three reporting tools ($85k saved to date); 72% of executives use them weekly.",
        Nps = [9, 8, 10],
        SponsorAcknowledges = false,
    };

    /// <summary>A full turn: value recognized and acknowledged, now back in Needs Assessment for turn 2.</summary>
    private static DemoServicePlan PortfolioReporting { get; } = new("portfolio-reporting", "Portfolio reporting",
        "Monthly portfolio status, RAG and forecast reporting to the executive committee.", Cfo, ["exec-committee", "cfo", "pm-community"], 60)
    {
        Kpis =
        [
            Onboarded(60, 52, 58), Kpi("reports-on-time", "%", 62, 95, "Head of PMO reporting", 88, 96),
            Kpi("data-quality-issues", "issues", 40, 10, "Portfolio data steward", 14, 8),
        ],
        Benefits = [Benefit("pr-analyst-hours", "Analyst hours released from manual reporting", BenefitCategory.NonCashable, FinancePartner, 30_000, 34_000, 29_000)],
        ValueStatement = "Portfolio reporting released 2,100 analyst hours ($63k) in the first half and cut late status reports from 38% to 4%.",
        Nps = [9, 10, 8, 9],
    };
}
