using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>What the tests check behind the browser's back: the definition store, the instances, the PMO API.</summary>
internal static class ServerApi
{
    public static IWorkflowDefinitionStore Definitions(this DesignerServer server) => server.Services.GetRequiredService<IWorkflowDefinitionStore>();

    /// <summary>Creates a PMO service (its flywheel instance starts at once) and returns that instance.</summary>
    public static async Task<WorkflowInstanceState> CreateServiceAsync(this DesignerServer server, string id)
    {
        using var client = server.CreateClient(PmoRole.GateAgent);
        var customers = await client.GetFromJsonAsync<JsonArray>("/api/customers");
        if (customers!.All(c => c?["id"]?.ToString() != "cfo"))
            (await client.PostAsJsonAsync("/api/customers", new { id = "cfo", name = "Chief Financial Officer", group = "executives", relevanceWeight = 1.0 })).EnsureSuccessStatusCode();
        var created = await client.PostAsJsonAsync("/api/services", new { id, name = $"Service {id}", sponsor = "cfo", customerIds = new[] { "cfo" }, targetUsers = 10 });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await server.Services.GetRequiredService<IWorkflowInstanceQueries>().FindByCorrelationIdAsync(id)
            ?? throw new InvalidOperationException($"Service {id} has no flywheel instance.");
    }

    /// <summary>Waits (on the condition, not a clock) until the store holds what <paramref name="condition"/> wants.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<T?> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (probe() is { } value && condition(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what}.");
            await Task.Delay(200);
        }
    }
}
