using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Api;

/// <summary>Services are found by step (name or number), stage and text; ids clash as conflicts.</summary>
public sealed class ServiceQueryTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("?step=2", true)]
    [InlineData("?step=needs-assessment", true)]
    [InlineData("?step=Needs%20Assessment", true)]
    [InlineData("?stage=Exploration", true)]
    [InlineData("?q=dashboards", true)]
    [InlineData("?step=AwarenessBuilding", false)]
    [InlineData("?stage=Realization", false)]
    public async Task List_FiltersByStepStageAndText(string query, bool listed)
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);
        if ((await client.GetOkAsync("/api/services?q=query-me")).GetArrayLength() == 0) await PmoSetup.ServiceAsync(client, "query-me");

        var services = await client.GetOkAsync("/api/services" + query);

        Assert.Equal(listed, services.EnumerateArray().Any(s => s.Str("id") == "query-me"));
    }

    [Fact]
    public async Task Create_ShowsWhereTheServiceIsAndWhatItsGateWants()
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);

        var service = await PmoSetup.ServiceAsync(client, "created-view");

        Assert.Equal("NeedsAssessment", service.Str("step"));
        Assert.Equal(2, service.GetProperty("stepNumber").GetInt32());
        Assert.Equal("Needs Assessment", service.Str("stepName"));
        Assert.Equal("Exploration", service.Str("stage"));
        Assert.Equal(1, service.GetProperty("turn").GetInt32());
        var gate = service.GetProperty("gate");
        Assert.Equal("gate-2-3", gate.Str("gate"));
        Assert.Equal("NeedsEvidence", gate.Str("outcome"));
        Assert.StartsWith("3 more survey responses from ", Assert.Single(gate.Strings("whatWouldPass")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutId_DerivesOneFromTheName()
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);

        var service = await client.PostCreatedAsync("/api/services", new { name = "Resource Management (EMEA)", sponsor = "cfo", customerIds = new[] { "cfo" }, targetUsers = 4 });

        Assert.StartsWith("resource-management-emea", service.Str("id"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithTakenId_Returns409()
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);
        await PmoSetup.ServiceAsync(client, "taken");

        var problem = await client.ExpectAsync(HttpMethod.Post, "/api/services",
            new { id = "taken", name = "Again", sponsor = "cfo", customerIds = new[] { "cfo" }, targetUsers = 4 }, HttpStatusCode.Conflict);

        Assert.Equal("id", problem.Str("field"));
    }
}
