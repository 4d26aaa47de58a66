using PmoFlow.Core.Approvals;
using PmoFlow.Core.Benefits;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Core.Value;
using PmoFlow.Core.Waivers;

namespace PmoFlow.Persistence.Tests.Support;

/// <summary>Domain records with sensible values, varied by id.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static PmoCustomer Customer(string id = "c1", string group = "executives") => new(id, $"Customer {id}", group, 0.75m);

    public static PmoService Service(string id = "s1", string name = "Portfolio reporting", FlywheelStep step = FlywheelStep.AwarenessBuilding, params string[] customers) =>
        new(id, name, $"{name} for every programme", "sponsor-1", customers, step, 1, T0, 120, T0);

    public static Kpi Kpi(string id = "k1", string serviceId = "s1") =>
        new(id, serviceId, "onboarded-users", "users", GoodDirection.HigherIsBetter, 0m, 120.5m, new DateOnly(2026, 6, 30), "owner-1");

    public static Observation Observation(string id = "o1", string kpiId = "k1", decimal value = 42.125m, int day = 1) =>
        new(id, kpiId, value, "users", T0.AddDays(day), "crm", "https://evidence/1");

    public static Benefit Benefit(string id = "b1", string serviceId = "s1") =>
        new(id, serviceId, "Fewer late projects", BenefitCategory.CostAvoidance, "cfo", [new("2026-Q1", 1_250_000.50m, 1_000_000m), new("2026-Q2", 500_000m, null)],
            null, null, null);

    public static SurveyResponse Survey(string id = "r1", string serviceId = "s1", int? csat = 4, int? nps = 9) =>
        new(id, serviceId, "executives", csat, nps, T0.AddDays(2), "useful");

    public static Approval Approval(string id = "a1", string serviceId = "s1", string role = "sponsor", int hour = 0) =>
        new(id, serviceId, "gate-3-4", role, ApprovalStatus.Pending, T0.AddHours(hour), T0.AddDays(5), null, null, null, null, null);

    public static Waiver Waiver(string id = "w1", string serviceId = "s1") =>
        new(id, serviceId, "gate-5-6", "director-1", "pmo-director", "pilot group only", T0, T0.AddDays(30));

    public static ValueStatement Statement(string id = "v1", string? serviceId = "s1", int day = 3) =>
        new(id, serviceId, "$2.1M validated cost avoidance", 2_100_000.00m, "USD", ["benefit:b1", "observation:o1"], T0.AddDays(day));
}
