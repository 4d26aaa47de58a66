using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Api;

/// <summary>Every write refuses bad input with a 400 validation problem naming the offending field; never a 500.</summary>
public sealed class ValidationTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    // Bodies are validated before ids are looked up, so any id will do here.
    public static TheoryData<string, string, string, string> InvalidWrites => new()
    {
        { "POST", "/api/services", """{"sponsor":"cfo","customerIds":["cfo"],"targetUsers":10}""", "name" },
        { "POST", "/api/services", """{"name":"Reporting","sponsor":"cfo","customerIds":[],"targetUsers":0}""", "customerIds" },
        { "POST", "/api/services", """{"name":"Reporting","sponsor":"cfo","customerIds":["cfo"],"targetUsers":0}""", "targetUsers" },
        { "POST", "/api/services", """{"id":"has space","name":"Reporting","sponsor":"cfo","customerIds":["cfo"],"targetUsers":5}""", "id" },
        { "POST", "/api/services/any/kpis", """{"name":"spi","unit":"ratio","goodDirection":"sideways"}""", "goodDirection" },
        { "POST", "/api/services/any/kpis", """{"unit":"ratio","goodDirection":"HigherIsBetter"}""", "name" },
        { "POST", "/api/services/any/observations", """{"value":3,"source":"LMS"}""", "kpiId" },
        { "POST", "/api/services/any/observations", """{"kpiName":"spi","source":"LMS"}""", "value" },
        { "POST", "/api/services/any/observations", """{"kpiName":"spi","value":1,"source":"LMS","evidenceLink":"not a link"}""", "evidenceLink" },
        { "POST", "/api/services/any/benefits", """{"name":"Saved effort","category":"cashable","owner":"cfo","periods":[{"period":"2026-Q1"}]}""", "periods[0].planned" },
        { "POST", "/api/services/any/benefits", """{"name":"Saved effort","category":"windfall","owner":"cfo"}""", "category" },
        { "POST", "/api/benefits/any/periods", """{"period":"2026-Q1"}""", "actual" },
        { "POST", "/api/benefits/any/periods", """{"period":"2026-Q1","actual":-5}""", "actual" },
        { "POST", "/api/benefits/any/validation", """{"varianceNote":"late start"}""", "validatedBy" },
        { "POST", "/api/services/any/survey-responses", """{"customerGroup":"executives","csat":7}""", "csat" },
        { "POST", "/api/services/any/survey-responses", """{"customerGroup":"executives","nps":11}""", "nps" },
        { "POST", "/api/services/any/survey-responses", """{"customerGroup":"executives"}""", "csat" },
        { "POST", "/api/services/any/survey-responses", """{"csat":4}""", "customerGroup" },
        { "POST", "/api/approvals/any/decision", """{"decision":"maybe","decidedBy":"cfo"}""", "decision" },
        { "POST", "/api/approvals/any/decision", """{"decision":"rejected","decidedBy":"cfo"}""", "comment" },
        { "POST", "/api/services/any/waivers", """{"gate":"gate-7-9","grantedBy":"dana","role":"pmo-director","reason":"r","until":"2099-01-01T00:00:00Z"}""", "gate" },
        { "POST", "/api/services/any/waivers", """{"gate":"gate-7-8","grantedBy":"dana","role":"pmo-director","reason":"r","until":"2020-01-01T00:00:00Z"}""", "until" },
        { "POST", "/api/customers", """{"name":"CFO","group":"executives","relevanceWeight":2}""", "relevanceWeight" },
        { "POST", "/api/value-statements", """{"text":"$2M cost avoidance","amount":2000000}""", "evidenceLinks" },
        { "PUT", "/api/baseline", """{"opdMaturityStage":6}""", "opdMaturityStage" },
        { "PUT", "/api/thresholds", """{"onboardedShare":1.5}""", "onboardedShare" },
        { "PUT", "/api/thresholds", """{"approvalDue":"2.00:00:00","approvalReminderBefore":"3.00:00:00"}""", "approvalReminderBefore" },
        { "PUT", "/api/thresholds", """{"observationMaxAge":"00:30:00"}""", "observationMaxAge" },
        { "PUT", "/api/charter", """{"mandate":{"scope":"","authority":"COO"},"decisionRights":[]}""", "mandate.scope" },
        { "PUT", "/api/charter", """{"mandate":{"scope":"All","authority":"COO"},"decisionRights":[{"role":"sponsor","gates":["gate-3-5"],"canApprove":true}]}""", "decisionRights[0].gates[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidWrites))]
    public async Task Write_WithInvalidField_Returns400NamingTheField(string method, string url, string body, string field)
    {
        var problem = await factory.CreateClientFor(method, url).ExpectAsync(new HttpMethod(method), url, body, HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("""{"customerGroup":"executives","csat":"seven"}""", "csat", "must be a whole number")]
    [InlineData("""{"customerGroup":"executives","csat":4""", "body", "not valid JSON")]
    [InlineData("""{"customerGroup":"executives","comment":["a"],"csat":4}""", "comment", "must be a string")]
    [InlineData("", "body", "body is required")]
    public async Task Write_WithMalformedJson_Returns400NamingTheProblem(string body, string field, string message)
    {
        var problem = await factory.CreateClient(PmoRole.GateAgent).ExpectAsync(HttpMethod.Post, "/api/services/any/survey-responses", body, HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
        Assert.Contains(message, problem.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/services?step=11", "step")]
    [InlineData("/api/services?step=somewhere", "step")]
    [InlineData("/api/services?stage=Launch", "stage")]
    [InlineData("/api/approvals?status=maybe", "status")]
    [InlineData("/api/services/any/gate-evaluations?gate=gate-1-3", "gate")]
    public async Task Query_WithInvalidParameter_Returns400NamingIt(string url, string field)
    {
        var problem = await factory.CreateClient(PmoRole.Viewer).ExpectAsync(HttpMethod.Get, url, null, HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
    }
}
