using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Api;

/// <summary>Unknown ids give a 404 problem naming the field and the id, never a 500.</summary>
public sealed class NotFoundTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    public static TheoryData<string, string, string?, string> UnknownIds => new()
    {
        { "GET", "/api/services/ghost", null, "serviceId" },
        { "GET", "/api/services/ghost/history", null, "serviceId" },
        { "POST", "/api/services/ghost/evaluate", null, "serviceId" },
        { "GET", "/api/services/ghost/kpis", null, "serviceId" },
        { "POST", "/api/services/ghost/kpis", """{"name":"spi","unit":"ratio","goodDirection":"HigherIsBetter"}""", "serviceId" },
        { "GET", "/api/services/ghost/observations", null, "serviceId" },
        { "POST", "/api/services/ghost/observations", """{"kpiName":"spi","value":1,"source":"LMS"}""", "serviceId" },
        { "GET", "/api/services/ghost/benefits", null, "serviceId" },
        { "POST", "/api/services/ghost/benefits", """{"name":"Saved","category":"cashable","owner":"cfo","periods":[]}""", "serviceId" },
        { "POST", "/api/benefits/ghost/periods", """{"period":"2026-Q1","actual":5}""", "benefitId" },
        { "POST", "/api/benefits/ghost/validation", """{"validatedBy":"cfo"}""", "benefitId" },
        { "GET", "/api/services/ghost/survey-responses", null, "serviceId" },
        { "POST", "/api/services/ghost/survey-responses", """{"customerGroup":"executives","csat":4}""", "serviceId" },
        { "POST", "/api/approvals/ghost/decision", """{"decision":"approved","decidedBy":"cfo"}""", "approvalId" },
        { "GET", "/api/services/ghost/gate-evaluations", null, "serviceId" },
        { "GET", "/api/services/ghost/gate-evaluations/latest", null, "serviceId" },
        { "GET", "/api/services/ghost/waivers", null, "serviceId" },
        { "POST", "/api/services/ghost/waivers", """{"gate":"gate-7-8","grantedBy":"dana","role":"pmo-director","reason":"r","until":"2099-01-01T00:00:00Z"}""", "serviceId" },
        { "GET", "/api/customers/ghost", null, "customerId" },
        { "POST", "/api/services", """{"name":"Reporting","sponsor":"cfo","customerIds":["ghost"],"targetUsers":5}""", "customerIds[0]" },
        { "GET", "/api/value-statements?serviceId=ghost", null, "serviceId" },
        { "POST", "/api/value-statements", """{"serviceId":"ghost","text":"Faster reporting"}""", "serviceId" },
        { "GET", "/api/audit?serviceId=ghost", null, "serviceId" },
        { "GET", "/api/approvals?serviceId=ghost", null, "serviceId" },
        { "POST", "/api/rules/ghost/reload", null, "name" },
        { "POST", "/api/gate-evaluations/ghost/replay", null, "evaluationId" },
        { "POST", "/api/gate-evaluations/ghost/reevaluate", null, "evaluationId" },
    };

    [Theory]
    [MemberData(nameof(UnknownIds))]
    public async Task Request_ForUnknownId_Returns404NamingFieldAndId(string method, string url, string? body, string field)
    {
        var problem = await factory.CreateClientFor(method, url).ExpectAsync(new HttpMethod(method), url, body, HttpStatusCode.NotFound);

        Assert.Equal(field, problem.Str("field"));
        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains("'ghost'", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemDetails()
    {
        var problem = await factory.CreateClient(PmoRole.Viewer).ExpectAsync(HttpMethod.Get, "/api/nothing-here", null, HttpStatusCode.NotFound);

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task DuplicateCustomer_Returns409NamingId()
    {
        var client = factory.CreateClient(PmoRole.GateAgent);
        await client.PostCreatedAsync("/api/customers", new { id = "dup", name = "Duplicate", group = "executives" });

        var problem = await client.ExpectAsync(HttpMethod.Post, "/api/customers", new { id = "dup", name = "Again", group = "executives" }, HttpStatusCode.Conflict);

        Assert.Equal("id", problem.Str("field"));
    }
}
