using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>
/// Browsers log in at /login with a key and get a session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) that
/// holds no key in the clear; the pages then work, the designer hands Elsa Studio a key of the session's own, and
/// logout, revocation or the end of its lifetime ends the session.
/// </summary>
public sealed class SessionTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/scorecard")]
    [InlineData("/dashboard/assets/dashboard.css")]
    [InlineData("/designer/")]
    [InlineData("/designer/workflows/value-flywheel")]
    [InlineData("/designer/_framework/blazor.webassembly.js")]
    public async Task Page_WithoutASession_RedirectsToLogin_ComingBackAfterwards(string page)
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString(page), response.Headers.Location.Query);
    }

    [Fact]
    public async Task Root_LeadsToTheBoard()
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.GetAsync("/");

        Assert.Equal("/dashboard", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginPage_IsAFormWithAToken_AndRunsNoScript()
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.GetAsync("/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<input id=\"key\" name=\"key\" type=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithAValidKey_SetsAStrictHttpOnlyCookieHoldingNoKey_AndOpensThePages()
    {
        using var browser = BrowserClient.Open(factory);
        var key = factory.KeyFor(PmoRole.Viewer);

        using var login = await browser.LogInAsync(key, returnUrl: "/designer/");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/designer/", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pmoflow.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ApiKeyText.Prefix, cookie, StringComparison.Ordinal);

        using var board = await browser.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Contains("id=\"logout\"", await board.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var designer = await browser.GetAsync("/designer/");
        Assert.Equal(HttpStatusCode.OK, designer.StatusCode);
        // The API never takes the cookie: a cross-site page cannot act through a logged-in browser.
        using var api = await browser.GetAsync("/api/services");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Designer_GivesTheStudioASessionKey_OfTheSameRole_NotTheKeyThatLoggedIn()
    {
        using var browser = BrowserClient.Open(factory);
        var key = factory.KeyFor(PmoRole.Viewer);
        (await browser.LogInAsync(key)).Dispose();

        var studioKey = await browser.StudioKeyAsync();

        Assert.NotEqual(key, studioKey);
        Assert.True(ApiKeyText.TryParse(studioKey, out _, out _));
        using var studio = factory.CreateClient();
        studio.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + studioKey);
        await studio.GetOkAsync("/elsa/api/workflow-definitions?versionOptions=Latest");
        await studio.ExpectAsync(HttpMethod.Post, "/elsa/api/workflow-definitions", "{}", HttpStatusCode.Forbidden);
        Assert.Equal(studioKey, await browser.StudioKeyAsync());
    }

    [Fact]
    public async Task Login_WithABadKey_SaysWhy_AndOpensNoSession()
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.LogInAsync(ApiKeyText.New().Key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("id=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("pmoflow.session=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutTheFormsToken_IsRefused()
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.LogInAsync(factory.KeyFor(PmoRole.Viewer), token: "forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task Login_ReturnUrlOffThisServer_GoesToTheBoardInstead(string returnUrl)
    {
        using var browser = BrowserClient.Open(factory);

        using var response = await browser.LogInAsync(factory.KeyFor(PmoRole.Viewer), returnUrl);

        Assert.Equal("/dashboard", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_EndsTheSession_AndRevokesTheKeyTheStudioHad()
    {
        using var browser = BrowserClient.Open(factory);
        (await browser.LogInAsync(factory.KeyFor(PmoRole.Architect))).Dispose();
        var studioKey = await browser.StudioKeyAsync();

        using var logout = await browser.LogOutAsync();

        Assert.Equal("/login", logout.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
        using var studio = factory.CreateClient();
        studio.DefaultRequestHeaders.Add("X-Api-Key", studioKey);
        var problem = await studio.ExpectAsync(HttpMethod.Get, "/elsa/api/workflow-definitions", null, HttpStatusCode.Unauthorized);
        Assert.Contains("was revoked", problem.Str("detail"), StringComparison.Ordinal);
        // The key that logged in is untouched.
        await factory.CreateClient(PmoRole.Architect).GetOkAsync("/api/services");
    }

    [Fact]
    public async Task RevokingTheKey_EndsItsBrowserSessions()
    {
        var admin = factory.CreateClient(PmoRole.Admin);
        var created = await admin.PostCreatedAsync("/api/keys", new { name = "temp-analyst", role = "viewer" });
        using var browser = BrowserClient.Open(factory);
        (await browser.LogInAsync(created.Str("key"))).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard")).StatusCode);

        await admin.PostOkAsync($"/api/keys/{created.GetProperty("apiKey").Str("id")}/revoke", new { });

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Session_EndsAfterItsLifetime()
    {
        using var browser = BrowserClient.Open(factory);
        (await browser.LogInAsync(factory.KeyFor(PmoRole.Viewer))).Dispose();
        factory.Clock.Advance(TimeSpan.FromHours(7.9));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromHours(0.2));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Cookie_IsSecure_OverHttps()
    {
        using var browser = BrowserClient.Open(factory, "https://localhost");

        using var login = await browser.LogInAsync(factory.KeyFor(PmoRole.Viewer));

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pmoflow.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/dashboard")).StatusCode);
    }
}
