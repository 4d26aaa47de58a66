using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Elsa;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>Each role does its own work and reads everything, and nothing more: a 403 problem names the role it lacks.</summary>
public sealed class RoleTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    /// <summary>Calls outside each role's work. Bodies do not matter: the role is checked before anything is read.</summary>
    public static TheoryData<PmoRole, string, string, string> Forbidden => new()
    {
        { PmoRole.Viewer, "POST", "/api/services", "gate-agent" },
        { PmoRole.Viewer, "POST", "/api/services/roles/observations", "gate-agent" },
        { PmoRole.Viewer, "POST", "/api/approvals/any/decision", "gate-agent" },
        { PmoRole.Viewer, "PUT", "/api/charter", "admin" },
        { PmoRole.Viewer, "POST", "/elsa/api/workflow-definitions", "architect" },
        { PmoRole.Viewer, "GET", "/api/keys", "admin" },
        { PmoRole.GateAgent, "PUT", "/api/charter", "admin" },
        { PmoRole.GateAgent, "PUT", "/api/thresholds", "admin" },
        { PmoRole.GateAgent, "POST", "/elsa/api/workflow-definitions", "architect" },
        { PmoRole.GateAgent, "POST", "/elsa/api/workflow-definitions/value-flywheel/publish", "architect" },
        { PmoRole.GateAgent, "POST", "/elsa/api/workflow-definitions/import", "architect" },
        { PmoRole.GateAgent, "DELETE", "/elsa/api/workflow-definitions/value-flywheel", "architect" },
        { PmoRole.GateAgent, "POST", "/api/keys", "admin" },
        { PmoRole.Architect, "POST", "/api/services", "gate-agent" },
        { PmoRole.Architect, "POST", "/api/services/roles/observations", "gate-agent" },
        { PmoRole.Architect, "POST", "/api/services/roles/waivers", "gate-agent" },
        { PmoRole.Architect, "PUT", "/api/baseline", "admin" },
        { PmoRole.Architect, "GET", "/api/keys", "admin" },
        { PmoRole.Admin, "POST", "/api/services", "gate-agent" },
        { PmoRole.Admin, "POST", "/api/services/roles/observations", "gate-agent" },
        { PmoRole.Admin, "POST", "/api/services/roles/survey-responses", "gate-agent" },
        { PmoRole.Admin, "POST", "/api/approvals/any/decision", "gate-agent" },
        { PmoRole.Admin, "POST", "/api/customers", "gate-agent" },
        { PmoRole.Admin, "POST", "/elsa/api/workflow-definitions", "architect" },
        { PmoRole.Admin, "POST", "/elsa/api/workflow-definitions/value-flywheel/retract", "architect" },
        { PmoRole.Admin, "POST", "/elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id", "architect" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task Call_OutsideTheRolesWork_Returns403NamingTheRoleItNeeds(PmoRole role, string method, string url, string needs)
    {
        var problem = await factory.CreateClient(role).ExpectAsync(new HttpMethod(method), url, "{}", HttpStatusCode.Forbidden);

        Assert.Equal("apiKey", problem.Str("field"));
        Assert.Contains($"has role {role.Name()}", problem.Str("detail"), StringComparison.Ordinal);
        Assert.EndsWith($"needs role {needs}.", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PmoRole.Viewer)]
    [InlineData(PmoRole.GateAgent)]
    [InlineData(PmoRole.Architect)]
    [InlineData(PmoRole.Admin)]
    public async Task EveryRole_ReadsTheApiTheElsaApiAndThePages(PmoRole role)
    {
        await PmoSetup.CharterAndCustomersAsync(factory);
        var client = factory.CreateClient(role);

        foreach (var url in new[] { "/api/services", "/api/charter", "/api/audit", "/api/approvals", "/openapi/v1.json", "/elsa/api/descriptors/activities",
                     "/elsa/api/workflow-definitions?versionOptions=Latest", "/elsa/api/workflow-definitions/by-definition-id/value-flywheel", "/dashboard/data/board" })
            await client.GetOkAsync(url);
        foreach (var page in new[] { "/dashboard", "/dashboard/scorecard", "/designer/", "/designer/workflows/value-flywheel" })
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role.Name()} GET {page}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task GateAgent_PostsPmoData_DecidesApprovals_AndWaivesWhereTheCharterSays()
    {
        await PmoSetup.CharterAndCustomersAsync(factory);
        var agent = factory.CreateClient(PmoRole.GateAgent);

        await agent.PostCreatedAsync("/api/customers", new { id = "ops-bu", name = "Operations", group = "business-units" });
        await PmoSetup.ServiceAsync(agent, "agent-work");
        await agent.PostCreatedAsync("/api/services/agent-work/kpis", new { name = "adoption", unit = "%", goodDirection = "HigherIsBetter", baseline = 10, target = 50, targetDate = "2026-12-31", owner = "PMO lead" });
        await agent.PostCreatedAsync("/api/services/agent-work/observations", new { kpiName = "adoption", value = 20, source = "survey" });
        foreach (var group in new[] { "executives", "project-managers", "executives" })
            await agent.PostCreatedAsync("/api/services/agent-work/survey-responses", new { customerGroup = group, csat = 4 });
        var approval = (await agent.GetOkAsync("/api/approvals?serviceId=agent-work")).EnumerateArray().Single();
        await agent.PostOkAsync($"/api/approvals/{approval.Str("id")}/decision", new { decision = "approved", decidedBy = "cfo", comment = "Go" });
        await agent.PostCreatedAsync("/api/services/agent-work/waivers",
            new { gate = "gate-4-5", grantedBy = "Dana Ruiz", role = "pmo-director", reason = "Criteria agreed offline", until = factory.Clock.GetUtcNow().AddDays(7) });

        // What the agent did is recorded as the key's holder, not as an anonymous caller.
        var audit = await agent.GetOkAsync("/api/audit?serviceId=agent-work");
        Assert.Contains(audit.EnumerateArray(), e => e.Str("actor") == "test-gate-agent");
    }

    [Fact]
    public async Task Architect_SavesPublishesRetractsImportsAndDeletes()
    {
        var architect = factory.CreateClient(PmoRole.Architect);

        await architect.PostJsonAsync("/workflow-definitions/import", SampleDefinitions.Minimal("architect-work", "Architect's work"));
        var model = await architect.GetJsonAsync("/workflow-definitions/by-definition-id/architect-work?versionOptions=Latest");
        model["description"] = "second version";
        await architect.PostJsonAsync("/workflow-definitions", ElsaClient.Save(model));
        await architect.PostJsonAsync("/workflow-definitions/architect-work/publish", new JsonObject());
        await architect.PostJsonAsync("/workflow-definitions/architect-work/retract", new JsonObject());
        using var deleted = await architect.DeleteAsync(new Uri("/elsa/api/workflow-definitions/architect-work", UriKind.Relative));

        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        await architect.SendAsync(HttpMethod.Get, "/workflow-definitions/by-definition-id/architect-work", null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admin_ManagesKeys_AndTheGovernanceSettings()
    {
        var admin = factory.CreateClient(PmoRole.Admin);

        var created = await admin.PostCreatedAsync("/api/keys", new { name = "reporting-bot", role = "viewer" });
        var keys = await admin.GetOkAsync("/api/keys");
        Assert.Contains(keys.EnumerateArray(), k => k.Str("id") == created.GetProperty("apiKey").Str("id"));
        var thresholds = await admin.GetOkAsync("/api/thresholds");
        await admin.PutOkAsync("/api/thresholds", JsonSerializer.Deserialize<JsonObject>(thresholds.GetRawText())!);
        var baseline = await admin.GetOkAsync("/api/baseline");
        await admin.PutOkAsync("/api/baseline", JsonSerializer.Deserialize<JsonObject>(baseline.GetRawText())!);

        // The key it made works, as what it was made for.
        using var viewer = factory.CreateClient();
        viewer.DefaultRequestHeaders.Add("X-Api-Key", created.Str("key"));
        await viewer.GetOkAsync("/api/services");
        await viewer.ExpectAsync(HttpMethod.Post, "/api/customers", "{}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OpenApi_DescribesTheKeyScheme_OnEveryOperationButHealth()
    {
        var document = await factory.CreateClient(PmoRole.Viewer).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.Str("type"), scheme.Str("in"), scheme.Str("name")));
        Assert.True(Assert.Single(document.GetProperty("security").EnumerateArray()).TryGetProperty("ApiKey", out _));
        Assert.Equal(0, document.GetProperty("paths").GetProperty("/health").GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/keys/{keyId}/revoke", out _));
    }
}
