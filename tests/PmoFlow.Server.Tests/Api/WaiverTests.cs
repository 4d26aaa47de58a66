using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Api;

/// <summary>Only a role the charter entitles may waive a gate; an entitled waiver lets the service through.</summary>
public sealed class WaiverTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("sponsor")]
    [InlineData("intern")]
    public async Task Waiver_ByRoleWithoutTheRight_Returns403NamingRole(string role)
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);
        await PmoSetup.ServiceAsync(client, $"waiver-denied-{role}");

        var problem = await client.ExpectAsync(HttpMethod.Post, $"/api/services/waiver-denied-{role}/waivers",
            new { gate = "gate-2-3", grantedBy = "someone", role, reason = "in a hurry", until = factory.Clock.GetUtcNow().AddDays(7) }, HttpStatusCode.Forbidden);

        Assert.Equal("role", problem.Str("field"));
        Assert.Contains("pmo-director", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Empty((await client.GetOkAsync($"/api/services/waiver-denied-{role}/waivers")).EnumerateArray());
    }

    [Fact]
    public async Task Waiver_ByEntitledRole_LetsTheBlockedGateThrough()
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(factory);
        var service = await PmoSetup.ServiceAsync(client, "waiver-granted");
        Assert.Equal("NeedsAssessment", service.Str("step"));

        var granted = await client.PostCreatedAsync("/api/services/waiver-granted/waivers",
            new { gate = "gate-2-3", grantedBy = "Dana Ruiz", role = "pmo-director", reason = "Needs heard in the steering committee", until = factory.Clock.GetUtcNow().AddDays(7) });

        Assert.Equal("ValueProposition", granted.GetProperty("service").Str("step"));
        var evaluation = await client.GetOkAsync("/api/services/waiver-granted/gate-evaluations/latest?gate=gate-2-3");
        Assert.Equal("Ready", evaluation.Str("outcome"));
        Assert.Equal(granted.GetProperty("waiver").Str("id"), evaluation.Str("waiverId"));
    }
}
