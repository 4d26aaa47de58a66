using System.Net;
using System.Net.Http.Headers;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>
/// Without a valid key the API answers 401 with <c>WWW-Authenticate: ApiKey</c> and a problem saying what was wrong;
/// the key goes in <c>Authorization: ApiKey</c> (what Elsa Studio sends) or <c>X-Api-Key</c>; only /health stays open.
/// </summary>
public sealed class AuthenticationTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("/api/services")]
    [InlineData("/api/keys")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/elsa/api/workflow-definitions")]
    [InlineData("/elsa/api/package/version")]
    [InlineData("/elsa/api/not-implemented-anyway")]
    public async Task Request_WithoutKey_Returns401ProblemWithTheApiKeyChallenge(string url)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Authorization: ApiKey <key>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_NeedsNoKey()
    {
        var health = await factory.CreateClient().GetOkAsync("/health");

        Assert.Equal("ok", health.Str("status"));
    }

    [Fact]
    public async Task Key_IsAcceptedInEitherHeader()
    {
        using var authorization = factory.CreateClient();
        authorization.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", factory.KeyFor(PmoRole.Viewer));
        using var header = factory.CreateClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", factory.KeyFor(PmoRole.Viewer));

        await authorization.GetOkAsync("/api/services");
        await header.GetOkAsync("/api/services");
    }

    public static TheoryData<string, string?, string, string> BadKeys => new()
    {
        { "Authorization", "ApiKey pmo_not-a-key", "not a PmoFlow key", "malformed" },
        { "Authorization", "ApiKey", "empty", "empty" },
        { "X-Api-Key", ApiKeyText.New().Key, "not valid", "unknown" },
        { "Authorization", "Bearer " + ApiKeyText.New().Key, "needs an API key", "another scheme" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Request_WithABadKey_Returns401SayingWhy(string header, string? value, string says, string what)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/services");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, what);
        Assert.Contains(says, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_WithAnotherKeysSecret_IsRefused()
    {
        var viewer = factory.KeyFor(PmoRole.Viewer);
        var admin = factory.KeyFor(PmoRole.Admin);
        using var client = factory.CreateClient();
        // The viewer's id with the admin's secret: each half is real, the pair is not.
        client.DefaultRequestHeaders.Add("X-Api-Key", viewer[..(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)] + admin[(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)..]);

        var problem = await client.ExpectAsync(HttpMethod.Get, "/api/services", null, HttpStatusCode.Unauthorized);

        Assert.Contains("not valid", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithTwoDifferentKeys_IsRefused()
    {
        using var client = factory.CreateClient(PmoRole.Viewer);
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.KeyFor(PmoRole.Admin));

        var problem = await client.ExpectAsync(HttpMethod.Get, "/api/keys", null, HttpStatusCode.Unauthorized);

        Assert.Contains("more than one API key", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedKey_StopsWorkingAtTheNextRequest()
    {
        var admin = factory.CreateClient(PmoRole.Admin);
        var created = await admin.PostCreatedAsync("/api/keys", new { name = "leaked-laptop", role = "gate-agent" });
        using var holder = factory.CreateClient();
        holder.DefaultRequestHeaders.Add("X-Api-Key", created.Str("key"));
        await holder.GetOkAsync("/api/services");

        var revoked = await admin.PostOkAsync($"/api/keys/{created.GetProperty("apiKey").Str("id")}/revoke", new { });

        Assert.False(revoked.GetProperty("active").GetBoolean());
        var problem = await holder.ExpectAsync(HttpMethod.Get, "/api/services", null, HttpStatusCode.Unauthorized);
        Assert.Contains("'leaked-laptop'", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Contains("was revoked at", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyUse_IsRecorded_ByTheServersClock()
    {
        var admin = factory.CreateClient(PmoRole.Admin);
        var created = await admin.PostCreatedAsync("/api/keys", new { name = "nightly-export", role = "viewer" });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("apiKey").GetProperty("lastUsedAt").ValueKind);
        using var holder = factory.CreateClient();
        holder.DefaultRequestHeaders.Add("X-Api-Key", created.Str("key"));
        factory.Clock.Advance(TimeSpan.FromHours(1));

        await holder.GetOkAsync("/api/services");

        var key = await admin.GetOkAsync($"/api/keys/{created.GetProperty("apiKey").Str("id")}");
        Assert.Equal(factory.Clock.GetUtcNow(), key.GetProperty("lastUsedAt").GetDateTimeOffset());
    }
}
