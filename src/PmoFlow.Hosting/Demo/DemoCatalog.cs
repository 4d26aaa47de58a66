using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;

namespace PmoFlow.Hosting.Demo;

/// <summary>The demo PMO's structural components, baseline and customers.</summary>
internal static class DemoCatalog
{
    public static PmoCharter Charter { get; } = new(
        new Mandate("Portfolio governance, delivery standards and benefits realization for every change initiative above $250k", "Executive committee, 2026 operating plan"),
        [
            new DecisionRight("sponsor", ["gate-3-4", "gate-10-1"], CanApprove: true, CanWaive: false),
            new DecisionRight("pmo-director", ["*"], CanApprove: true, CanWaive: true),
        ],
        [
            "Every investment above $250k reports planned against validated benefits",
            "Halve late project deliveries within two years",
            "Raise project delivery maturity from OPD stage 3 to 4",
        ]);

    public static OrganizationalBaseline Baseline { get; } = new(
        ["Grow digital revenue 15% a year", "Cut operating cost 8% by 2027", "Deliver the regulatory change programme on time"],
        "Consensus-driven, improving delivery discipline; executives want fewer, better reports",
        OpdMaturityStage: 3,
        "Matrix: business units own budgets, a central PMO sets standards",
        "general");

    public static IReadOnlyList<PmoCustomer> Customers { get; } =
    [
        new("exec-committee", "Executive committee", "executives", 1.0m),
        new("cio", "Priya Raman, CIO", "executives", 0.9m),
        new("cfo", "Daniel Okafor, CFO", "sponsors", 0.9m),
        new("coo", "Elena Varga, COO", "sponsors", 0.8m),
        new("pm-community", "Project manager community", "project-managers", 0.7m),
        new("programme-leads", "Programme leads", "project-managers", 0.6m),
        new("operations-bu", "Operations business unit", "business-units", 0.6m),
        new("digital-bu", "Digital business unit", "business-units", 0.5m),
    ];
}
