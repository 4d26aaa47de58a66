using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PmoFlow.Browser.Tests.Support;
using PmoFlow.Core.Access;
using PmoFlow.Server.Dashboard.Common;

namespace PmoFlow.Browser.Tests.Dashboard;

/// <summary>
/// Data for the dashboard, entered through the PMO API of the shared browser-suite server (which has no demo data):
/// three services with KPIs and observations, survey answers from two customer groups, and cost avoidance validated
/// by its owners in the current quarter ($1.2M + $0.9M, the brief's "$2.1M ... this quarter"). Entered once per server.
/// </summary>
internal static class DashboardSeed
{
    public static readonly string[] ServiceIds = ["dash-savings", "dash-onboarding", "dash-reporting"];

    private static readonly SemaphoreSlim Once = new(1, 1);

    /// <summary>This quarter by the server's clock (the system clock in its local zone: the browser suite does not move time).</summary>
    public static string Quarter => FiscalQuarter.Of(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime)).Label;

    public static async Task EnsureAsync(DesignerServer server)
    {
        await Once.WaitAsync();
        try
        {
            using var http = server.CreateClient(PmoRole.GateAgent);
            if ((await http.GetAsync("/api/services/dash-savings")).IsSuccessStatusCode) return;
            await CustomerAsync(http, "cfo", "Chief Financial Officer", "executives");
            await CustomerAsync(http, "pm-guild", "Project managers' guild", "project-managers");

            await ServiceAsync(http, "dash-savings", "Vendor consolidation");
            await CostAvoidanceAsync(http, "dash-savings", "Avoided duplicate licences", "Grace Liu", 1_200_000m);
            await KpiAsync(http, "dash-savings", "vendors-consolidated", "%", 20, 80, 35, 52, 71);

            await ServiceAsync(http, "dash-onboarding", "Delivery assurance");
            await CostAvoidanceAsync(http, "dash-onboarding", "Avoided project rescues", "Marco Silva", 900_000m);
            await KpiAsync(http, "dash-onboarding", "late-milestones", "%", 38, 10, 30, 21, 12);

            await ServiceAsync(http, "dash-reporting", "Portfolio reporting pack");
            await KpiAsync(http, "dash-reporting", "report-cycle-days", "days", 10, 5, 9, 7, 6, 4);
            foreach (var (group, csat, nps) in new[] { ("executives", 4, 9), ("project-managers", 5, 10), ("project-managers", 3, 6), ("executives", 5, 8) })
                await PostAsync(http, "/api/services/dash-reporting/survey-responses", new { customerGroup = group, csat, nps });
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task CustomerAsync(HttpClient http, string id, string name, string group)
    {
        var customers = await http.GetFromJsonAsync<JsonArray>("/api/customers");
        if (customers!.All(c => c?["id"]?.ToString() != id)) await PostAsync(http, "/api/customers", new { id, name, group, relevanceWeight = 1.0 });
    }

    private static Task ServiceAsync(HttpClient http, string id, string name) =>
        PostAsync(http, "/api/services", new { id, name, description = $"{name}, a PMO service.", sponsor = "cfo", customerIds = new[] { "cfo", "pm-guild" }, targetUsers = 20 });

    private static async Task CostAvoidanceAsync(HttpClient http, string serviceId, string name, string owner, decimal actual)
    {
        var created = await PostAsync(http, $"/api/services/{serviceId}/benefits",
            new { name, category = "cost-avoidance", owner, periods = new[] { new { period = Quarter, planned = actual, actual = (decimal?)actual } } });
        await PostAsync(http, $"/api/benefits/{created["benefit"]!["id"]}/validation", new { validatedBy = owner });
    }

    private static async Task KpiAsync(HttpClient http, string serviceId, string name, string unit, decimal baseline, decimal target, params decimal[] readings)
    {
        await PostAsync(http, $"/api/services/{serviceId}/kpis", new
        {
            name, unit, goodDirection = target < baseline ? "LowerIsBetter" : "HigherIsBetter", baseline, target, targetDate = new DateOnly(2027, 6, 30), owner = "PMO lead",
        });
        var start = DateTimeOffset.UtcNow.AddDays(-7 * readings.Length);
        for (var i = 0; i < readings.Length; i++)
        {
            await PostAsync(http, $"/api/services/{serviceId}/observations", new
            {
                kpiName = name, value = readings[i], observedAt = start.AddDays(7 * i), source = "monthly PMO pack",
                evidenceLink = string.Create(CultureInfo.InvariantCulture, $"https://pmo.example/packs/{serviceId}/{i + 1}"),
            });
        }
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string url, object body)
    {
        using var response = await http.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text) ?? new JsonObject();
    }
}
