using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Flywheel;

/// <summary>
/// One service driven through all ten steps and into its next turn through the HTTP API alone: each gate blocks and
/// says what would pass, then passes as the data it asked for arrives (the built-in rules, DESIGN.md §2).
/// </summary>
public sealed class FlywheelJourneyTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Service_TurnsThroughAllTenSteps_IntoTheNextTurn()
    {
        var http = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);
        var pmo = new JourneyClient(http, factory.Clock, "journey");

        // 1 → 2 at once: the service has a sponsor and customers. Gate 2→3 wants the customers heard.
        var service = await PmoSetup.ServiceAsync(http, "journey");
        Assert.Equal(1, service.GetProperty("turn").GetInt32());
        Assert.Equal("NeedsAssessment", service.Str("step"));
        Assert.StartsWith("3 more survey responses from ", Assert.Single(service.GetProperty("gate").Strings("whatWouldPass")), StringComparison.Ordinal);

        pmo.Wait(Day);
        service = await pmo.SurveyAsync("executives", csat: 4, nps: 8);
        Assert.StartsWith("2 more survey responses from ", Assert.Single(service.GetProperty("gate").Strings("whatWouldPass")), StringComparison.Ordinal);
        await pmo.SurveyAsync("project-managers", csat: 5, nps: 9);
        service = await pmo.SurveyAsync("project-managers", csat: 4, nps: 7);

        // 3 → 4: the sponsor approves first (PmoFlow.Approval in the flywheel), then the gate wants success criteria.
        JourneyClient.At(service, "ValueProposition");
        var approval = await pmo.PendingApprovalAsync("gate-3-4");
        service = await pmo.ApproveAsync(approval.Str("id"));
        JourneyClient.At(service, "ValueProposition", "gate-3-4", "define at least one KPI with metric, baseline, target, date and owner");
        await http.ExpectAsync(HttpMethod.Post, $"/api/approvals/{approval.Str("id")}/decision", new { decision = "rejected", decidedBy = "cfo", comment = "changed my mind" }, HttpStatusCode.Conflict);

        var (onboardedKpi, afterKpi) = await pmo.KpiAsync("onboarded-users", "users", "HigherIsBetter", baseline: 0, target: 10);
        JourneyClient.At(afterKpi, "ServiceDevelopment", "gate-4-5", "plan a benefit (planned value in a fiscal period) with a business value owner outside the PMO");
        var (cycleKpi, _) = await pmo.KpiAsync("report-cycle-days", "days", "lower-is-better", baseline: 10, target: 5);

        // 4 → 5: a planned benefit owned outside the PMO.
        pmo.Wait(Day);
        var benefit = await http.PostCreatedAsync("/api/services/journey/benefits", new
        {
            name = "Reporting effort saved", category = "cashable", owner = "finance-director",
            periods = new[] { new { period = "2026-Q1", planned = 10_000m }, new { period = "2026-Q2", planned = 10_000m } },
        });
        var benefitId = benefit.GetProperty("benefit").Str("id");
        JourneyClient.At(benefit.GetProperty("service"), "ServiceOnboarding", "gate-5-6",
            "record an onboarded-users observation (7 of 10 needed)", "3 more onboarding CSAT answers (0 of 3)");

        // 5 → 6: 70% of target users onboarded and onboarding CSAT at least 4 from three answers.
        pmo.Wait(Day);
        service = await pmo.ObserveAsync(new { kpiName = "onboarded-users", value = 5, source = "LMS export" });
        JourneyClient.At(service, "ServiceOnboarding", "gate-5-6", "2 more users onboarded (7 of 10)", "3 more onboarding CSAT answers (0 of 3)");
        // A later count supersedes the earlier one by time; two at the same instant would tie.
        pmo.Wait(TimeSpan.FromHours(1));
        service = await pmo.ObserveAsync(new { kpiId = onboardedKpi, value = 8, unit = "users", source = "LMS export" });
        JourneyClient.At(service, "ServiceOnboarding", "gate-5-6", "3 more onboarding CSAT answers (0 of 3)");
        await pmo.SurveyAsync("project-managers", csat: 5);
        await pmo.SurveyAsync("project-managers", csat: 4);
        service = await pmo.SurveyAsync("executives", csat: 4);

        // 6 → 7: every KPI observed.
        JourneyClient.At(service, "ServiceOperation", "gate-6-7", "record an observation of report-cycle-days");
        pmo.Wait(Day);
        service = await pmo.ObserveAsync(new { kpiId = cycleKpi, value = 9, source = "reporting calendar", evidenceLink = "https://pmo.example/reports/cycle" });

        // 7 → 8: the trend needs a second observation; the PMO director waives it (the sponsor may not).
        JourneyClient.At(service, "ServiceMonitoring", "gate-7-8", "report-cycle-days needs 1 more observation");
        var waiver = new { gate = "gate-7-8", grantedBy = "Dana Ruiz", role = "sponsor", reason = "Cycle time is measured monthly", until = factory.Clock.GetUtcNow().AddDays(30) };
        var denied = await http.ExpectAsync(HttpMethod.Post, "/api/services/journey/waivers", waiver, HttpStatusCode.Forbidden);
        Assert.Equal("role", denied.Str("field"));
        var granted = await http.PostCreatedAsync("/api/services/journey/waivers", waiver with { role = "pmo-director" });
        var waiverId = granted.GetProperty("waiver").Str("id");

        // 8 → 9: every targeted KPI on target or improving.
        JourneyClient.At(granted.GetProperty("service"), "ServiceImprovement", "gate-8-9", "report-cycle-days to reach ≤ 5 days or improve on 9 days");
        pmo.Wait(Day);
        service = await pmo.ObserveAsync(new { kpiName = "report-cycle-days", value = 6, source = "reporting calendar" });

        // 9 → 10: actuals, validated by the benefit's owner.
        JourneyClient.At(service, "ValueDelivery", "gate-9-10", "record actuals for the benefits' elapsed periods", "finance-director to validate Reporting effort saved");
        var actual = await http.PostOkAsync($"/api/benefits/{benefitId}/periods", new { period = "2026-Q1", actual = 9_000m });
        JourneyClient.At(actual.GetProperty("service"), "ValueDelivery", "gate-9-10", "needs $8k more validated benefit", "finance-director to validate Reporting effort saved");
        var validated = await http.PostOkAsync($"/api/benefits/{benefitId}/validation", new { validatedBy = "finance-director" });
        Assert.Equal("finance-director", validated.GetProperty("benefit").Str("validatedBy"));

        // 10 → next turn: an NPS pulse, a value report, the sponsor's acknowledgement.
        JourneyClient.At(validated.GetProperty("service"), "ValueRecognition");
        pmo.Wait(Day);
        await pmo.SurveyAsync("executives", nps: 9);
        await pmo.SurveyAsync("project-managers", nps: 10);
        await pmo.SurveyAsync("executives", nps: 8);
        var acknowledgement = await pmo.PendingApprovalAsync("gate-10-1");
        var published = await http.PostCreatedAsync("/api/value-statements", new
        {
            serviceId = "journey", text = "$9k of validated reporting effort saved in 2026-Q1", amount = 9_000m, unit = "USD", evidenceLinks = new[] { $"/api/benefits/{benefitId}" },
        });
        JourneyClient.At(published.GetProperty("service"), "ValueRecognition");
        // Later answers belong to the next turn's Needs Assessment, not to this one's NPS.
        pmo.Wait(TimeSpan.FromHours(1));
        service = await pmo.ApproveAsync(acknowledgement.Str("id"));

        await AssertNextTurnAsync(http, service, waiverId);
    }

    private static async Task AssertNextTurnAsync(HttpClient http, System.Text.Json.JsonElement service, string waiverId)
    {
        // Gate 1→2 only asks for a sponsor and customers, which the service still has, so turn 2 moves straight on
        // to Needs Assessment, where it waits to hear its customers again.
        Assert.Equal(2, service.GetProperty("turn").GetInt32());
        JourneyClient.At(service, "NeedsAssessment");
        Assert.StartsWith("3 more survey responses from ", Assert.Single(service.GetProperty("gate").Strings("whatWouldPass")), StringComparison.Ordinal);

        var history = (await http.GetOkAsync("/api/services/journey/history")).EnumerateArray().ToList();
        var firstTurn = history.Where(t => t.GetProperty("turn").GetInt32() == 1).Select(t => t.Str("to")).ToList();
        Assert.Equal(["AwarenessBuilding", "NeedsAssessment", "ValueProposition", "ServiceDevelopment", "ServiceOnboarding", "ServiceOperation",
            "ServiceMonitoring", "ServiceImprovement", "ValueDelivery", "ValueRecognition"], firstTurn);
        var secondTurn = history.Where(t => t.GetProperty("turn").GetInt32() == 2).ToList();
        Assert.Equal(["AwarenessBuilding", "NeedsAssessment"], secondTurn.Select(t => t.Str("to")));
        Assert.Equal("ValueRecognition", secondTurn[0].Str("from"));
        Assert.Equal(waiverId, history.Single(t => t.Str("to") == "ServiceImprovement").Str("waiverId"));
        Assert.All(history.Skip(1), t => Assert.False(string.IsNullOrEmpty(t.Str("gateEvaluationId"))));

        var details = await http.GetOkAsync("/api/services/journey");
        Assert.Equal(history.Count, details.GetProperty("history").GetArrayLength());
        Assert.Empty(details.GetProperty("pendingApprovals").EnumerateArray());
        Assert.Equal(waiverId, Assert.Single(details.GetProperty("waivers").EnumerateArray()).Str("id"));

        var passed = (await http.GetOkAsync("/api/services/journey/gate-evaluations?gate=gate-5-6")).EnumerateArray().ToList();
        Assert.Equal("Ready", passed[0].Str("outcome"));
        Assert.All(passed.Skip(1), e => Assert.NotEqual("Ready", e.Str("outcome")));
        Assert.Contains(passed[0].GetProperty("clauses").EnumerateArray(), c => c.Str("name") == "onboarding-csat" && c.GetProperty("passed").GetBoolean());
        Assert.NotEmpty((await http.GetOkAsync("/api/audit?serviceId=journey")).EnumerateArray());
    }
}
