using System.Net;
using System.Text.Json;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary><c>/api/keys</c>: bad input gets a problem naming the field, secrets are shown once, and admins cannot lock every admin out.</summary>
public sealed class KeyEndpointTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("""{"role":"viewer"}""", "name")]
    [InlineData("""{"name":"   ","role":"viewer"}""", "name")]
    [InlineData("""{"name":"bot"}""", "role")]
    [InlineData("""{"name":"bot","role":"superuser"}""", "role")]
    [InlineData("""{"name":"bot","role":1}""", "role")]
    public async Task Create_WithBadInput_Returns400NamingTheField(string body, string field)
    {
        var problem = await factory.CreateClient(PmoRole.Admin).ExpectAsync(HttpMethod.Post, "/api/keys", body, HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Create_ShowsTheKeyOnce_AndTheListNeverShowsASecret()
    {
        var admin = factory.CreateClient(PmoRole.Admin);

        var created = await admin.PostCreatedAsync("/api/keys", new { name = "Gate bot", role = "GateAgent" });

        Assert.Equal("gate-agent", created.GetProperty("apiKey").Str("role"));
        var list = await admin.GetOkAsync("/api/keys");
        Assert.DoesNotContain(created.Str("key"), list.GetRawText(), StringComparison.Ordinal);
        Assert.All(list.EnumerateArray(), k => Assert.DoesNotContain(k.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.StartsWith(ApiKeyText.Prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Revoke_UnknownKey_Returns404()
    {
        var problem = await factory.CreateClient(PmoRole.Admin).ExpectAsync(HttpMethod.Post, "/api/keys/0123456789abcdef/revoke", null, HttpStatusCode.NotFound);

        Assert.Equal("keyId", problem.Str("field"));
    }

    [Fact]
    public async Task Revoke_TheLastAdminKey_IsRefused_UntilAnotherAdminKeyExists()
    {
        await using var server = new PmoFlowServerFactory();
        var admin = server.CreateClient(PmoRole.Admin);
        var firstStart = (await admin.GetOkAsync("/api/keys")).EnumerateArray().Single(k => k.Str("createdBy") == "first-start").Str("id");
        await admin.PostOkAsync($"/api/keys/{firstStart}/revoke", new { });
        var own = (await admin.GetOkAsync("/api/keys")).EnumerateArray().Single(k => k.Str("name") == "test-admin").Str("id");

        var problem = await admin.ExpectAsync(HttpMethod.Post, $"/api/keys/{own}/revoke", null, HttpStatusCode.Conflict);

        Assert.Contains("last admin key", problem.Str("detail"), StringComparison.Ordinal);
        await admin.PostCreatedAsync("/api/keys", new { name = "second admin", role = "admin" });
        await admin.PostOkAsync($"/api/keys/{own}/revoke", new { });
        await admin.ExpectAsync(HttpMethod.Get, "/api/keys", null, HttpStatusCode.Unauthorized);
    }
}
