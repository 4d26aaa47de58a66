using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Kpis;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>Small fixed contexts for tests that care about the engine, not the data.</summary>
internal static class SampleContexts
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A service in Service Onboarding with 43 of 60 users onboarded and three CSAT answers of 4, 5, 4.</summary>
    public static GateContext Onboarding(string serviceId = "svc-1", decimal onboarded = 43m)
    {
        var entered = Now.AddDays(-30);
        var service = new PmoService(serviceId, "Portfolio reporting", "dashboards", "Dana Lee", ["c1"], FlywheelStep.ServiceOnboarding, 1, entered, 60, entered.AddDays(-100));
        var kpi = new Kpi("kpi-1", serviceId, "onboarded-users", "users", GoodDirection.HigherIsBetter, 0m, 60m, new DateOnly(2026, 12, 31), "Ana Ruiz");
        return new GateContext("gate-5-6", service, [new PmoCustomer("c1", "Execs", "executives", 1m)], [kpi],
            [new Observation("obs-1", kpi.Id, onboarded, "users", Now.AddDays(-2), "test", null)], [],
            [
                new SurveyResponse("r1", serviceId, "executives", 4, null, Now.AddDays(-3), null),
                new SurveyResponse("r2", serviceId, "executives", 5, null, Now.AddDays(-3), null),
                new SurveyResponse("r3", serviceId, "executives", 4, null, Now.AddDays(-3), null),
            ],
            [], [], new PmoCharter(new Mandate("portfolio", "COO"), [new DecisionRight("sponsor", ["*"], true, false)], []),
            new OrganizationalBaseline([], "", 2, "matrix", "general"), new GateThresholds(), Now);
    }
}
