using System.Text.Json;
using PmoFlow.Core.Access;

namespace PmoFlow.Server.Tests.Support;

/// <summary>The governance and customers most tests start from: the sponsor approves, the PMO director waives.</summary>
internal static class PmoSetup
{
    /// <summary>The charter, put by an admin (a governance setting), and two customers, added by a gate agent (PMO data).</summary>
    public static async Task CharterAndCustomersAsync(PmoFlowServerFactory factory)
    {
        using var admin = factory.CreateClient(PmoRole.Admin);
        using var client = factory.CreateClient(PmoRole.GateAgent);
        await CharterAndCustomersAsync(admin, client);
    }

    /// <summary>The same through one client that sends each request as the role whose work it is (<see cref="RoleRoutingClients.CreateRoutedClient"/>).</summary>
    public static Task CharterAndCustomersAsync(HttpClient routed) => CharterAndCustomersAsync(routed, routed);

    private static async Task CharterAndCustomersAsync(HttpClient admin, HttpClient client)
    {
        await admin.PutOkAsync("/api/charter", new
        {
            mandate = new { scope = "Portfolio governance for IT and operations", authority = "COO" },
            decisionRights = new object[]
            {
                new { role = "sponsor", gates = new[] { "gate-3-4", "gate-10-1" }, canApprove = true, canWaive = false },
                new { role = "pmo-director", gates = new[] { "*" }, canApprove = false, canWaive = true },
            },
            objectives = new[] { "Every service shows validated value within a year" },
        });
        var customers = await client.GetOkAsync("/api/customers");
        if (customers.EnumerateArray().Any(c => c.Str("id") == "cfo")) return;
        await client.PostCreatedAsync("/api/customers", new { id = "cfo", name = "Chief Financial Officer", group = "executives", relevanceWeight = 1.0 });
        await client.PostCreatedAsync("/api/customers", new { id = "pm-guild", name = "Project managers' guild", group = "project-managers", relevanceWeight = 0.6 });
    }

    /// <summary>A service for the two customers; gate 1→2 passes at once, so it waits in Needs Assessment.</summary>
    public static Task<JsonElement> ServiceAsync(HttpClient client, string id) =>
        client.PostCreatedAsync("/api/services", new
        {
            id, name = $"Portfolio reporting ({id})", description = "Monthly portfolio dashboards", sponsor = "cfo", customerIds = new[] { "cfo", "pm-guild" }, targetUsers = 10,
        });
}
