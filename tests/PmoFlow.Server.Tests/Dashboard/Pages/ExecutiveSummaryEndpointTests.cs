using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Dashboard.Support;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Dashboard.Pages;

/// <summary>
/// The executive summary as the server computes it from data entered through the API, by the server's virtual clock,
/// with every figure's evidence link landing on the record it names.
/// </summary>
public sealed class ExecutiveSummaryEndpointTests
{
    [Fact]
    public async Task ValidatedCostAvoidance_FollowsTheServersQuarter_AndLinksEachBenefitRecord()
    {
        await using var server = new PmoFlowServerFactory();
        var http = server.CreateClient(PmoRole.GateAgent);
        var dashboard = new DashboardClient(http);
        await PmoSetup.CharterAndCustomersAsync(server);
        await PmoSetup.ServiceAsync(http, "alpha");
        await PmoSetup.ServiceAsync(http, "beta");
        var alpha = await BenefitAsync(http, "alpha", "Avoided outage costs", "finance-director", ("2026-Q1", 500_000m, 400_000m), ("2026-Q2", 500_000m, null));
        var beta = await BenefitAsync(http, "beta", "Avoided audit findings", "ops-director", ("2026-Q1", 300_000m, 300_000m));
        await http.PostOkAsync($"/api/benefits/{alpha}/validation", new { validatedBy = "finance-director" });
        // Signed off inside the PMO, not by the owner: reported, never validated.
        await http.PostOkAsync($"/api/benefits/{beta}/validation", new { validatedBy = "pmo-analyst" });

        var q1 = await dashboard.FigureAsync("validated-cost-avoidance-quarter");
        Assert.Equal("$400k validated cost avoidance across 1 service this quarter (2026-Q1).", q1.Str("statement"));
        Assert.Equal([$"/dashboard/services/alpha#benefit-{alpha}"], DashboardClient.Hrefs(q1));
        var awaiting = await dashboard.FigureAsync("awaiting-validation-quarter");
        Assert.Equal([$"/dashboard/services/beta#benefit-{beta}"], DashboardClient.Hrefs(awaiting));

        // The quarter turns with the server's clock, not the machine's.
        server.Clock.Advance(TimeSpan.FromDays(40));
        await http.PostOkAsync($"/api/benefits/{alpha}/periods", new { period = "2026-Q2", actual = 450_000m });
        var q2 = await dashboard.FigureAsync("validated-cost-avoidance-quarter");
        Assert.Equal("$450k validated cost avoidance across 1 service this quarter (2026-Q2).", q2.Str("statement"));
        var year = await dashboard.FigureAsync("fiscal-year-to-date");
        Assert.Equal("Fiscal year 2026 to date: $850k validated against $1.3M planned for the periods so far (65%); a further $300k awaits validation.", year.Str("statement"));

        var page = await dashboard.FollowAsync(DashboardClient.Hrefs(q2).Single());
        Assert.Contains($"data-benefit-id=\"{alpha}\" data-validated=\"true\"", page, StringComparison.Ordinal);
        var betaPage = await dashboard.FollowAsync(DashboardClient.Hrefs(awaiting).Single());
        Assert.Contains($"data-benefit-id=\"{beta}\" data-validated=\"false\"", betaPage, StringComparison.Ordinal);
        Assert.Contains("awaiting its owner ops-director (validated by pmo-analyst)", betaPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFigure_LinksToRecordsThatExist_ObservationsSurveysAndServices()
    {
        await using var server = new PmoFlowServerFactory();
        var http = server.CreateClient(PmoRole.GateAgent);
        var dashboard = new DashboardClient(http);
        await PmoSetup.CharterAndCustomersAsync(server);
        await PmoSetup.ServiceAsync(http, "gamma");
        await http.PostCreatedAsync("/api/services/gamma/survey-responses", new { customerGroup = "executives", csat = 4, nps = 9 });
        await http.PostCreatedAsync("/api/services/gamma/survey-responses", new { customerGroup = "project-managers", csat = 5, nps = 10 });
        await http.PostCreatedAsync("/api/services/gamma/survey-responses", new { customerGroup = "project-managers", csat = 3, nps = 6 });
        await http.PostCreatedAsync("/api/services/gamma/kpis",
            new { name = "report-cycle-days", unit = "days", goodDirection = "LowerIsBetter", baseline = 10, target = 5, targetDate = new DateOnly(2026, 12, 31), owner = "PMO lead" });
        var observed = await http.PostCreatedAsync("/api/services/gamma/observations",
            new { kpiName = "report-cycle-days", value = 4, source = "reporting calendar", evidenceLink = "https://pmo.example/cycle" });
        var observationId = observed.GetProperty("observation").Str("id");

        var customers = await dashboard.FigureAsync("customers-fiscal-year");
        Assert.Equal("Customers this fiscal year: NPS 33 (target 20) from 3 answers and CSAT 4 of 5 from 3 answers, across 2 customer groups.", customers.Str("statement"));
        var kpis = await dashboard.FigureAsync("kpis-on-target");
        Assert.Equal([$"/dashboard/services/gamma#observation-{observationId}"], DashboardClient.Hrefs(kpis));
        Assert.Equal("https://pmo.example/cycle", kpis.GetProperty("evidence")[0].Str("source"));
        var flywheel = await dashboard.FigureAsync("flywheel");

        foreach (var href in DashboardClient.Hrefs(customers).Concat(DashboardClient.Hrefs(kpis)))
            await dashboard.FollowAsync(href);
        foreach (var href in DashboardClient.Hrefs(flywheel))
            Assert.Contains("data-service-id=\"gamma\"", await dashboard.PageAsync(href), StringComparison.Ordinal);
        // A group's section lists its responses, each a link to the response on its service page.
        var scorecard = await dashboard.PageAsync("/dashboard/scorecard");
        var responses = System.Text.RegularExpressions.Regex.Matches(scorecard, "href=\"(/dashboard/services/gamma#survey-[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, responses.Count);
        foreach (var href in responses) await dashboard.FollowAsync(href);
    }

    private static async Task<string> BenefitAsync(HttpClient http, string serviceId, string name, string owner, params (string Period, decimal Planned, decimal? Actual)[] periods)
    {
        var created = await http.PostCreatedAsync($"/api/services/{serviceId}/benefits",
            new { name, category = "cost-avoidance", owner, periods = periods.Select(p => new { period = p.Period, planned = p.Planned, actual = p.Actual }) });
        return created.GetProperty("benefit").Str("id");
    }
}
