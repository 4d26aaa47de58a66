using Microsoft.Playwright;
using PmoFlow.Browser.Tests.Support;
using PmoFlow.Core.Access;

namespace PmoFlow.Browser.Tests.Access;

/// <summary>
/// The login page in a real browser: a page sends the browser to /login, a pasted key opens a session whose cookie no
/// script can read, the designer works on a key of the session's own, and logout ends it.
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class LoginTests(DesignerFixture fixture)
{
    [BrowserFact]
    public async Task Login_OpensThePages_WithACookieNoScriptCanRead_AndLogoutEndsTheSession()
    {
        await using var tab = await fixture.OpenAsync("login", role: null);
        var page = tab.Page;
        var key = fixture.Server.KeyFor(PmoRole.Viewer);

        await page.GotoAsync("dashboard/scorecard");
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
        await page.Locator("#key").FillAsync(ApiKeyText.New().Key);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("not valid");
        await tab.ScreenshotAsync("refused");

        await page.Locator("#key").FillAsync(key);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard/scorecard");
        var cookie = (await tab.Context.CookiesAsync()).Single(c => c.Name == "pmoflow.session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(ApiKeyText.Prefix, cookie.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("pmoflow.session", await page.EvaluateAsync<string>("() => document.cookie"), StringComparison.Ordinal);

        // The designer's list calls the Elsa API itself, with the key the page was given: the session's, not the pasted one.
        await page.GotoAsync("designer/");
        await page.Locator("tr[data-definition-id=\"value-flywheel\"]").WaitForAsync();
        var pageKey = await page.Locator("#pmoflow-designer").GetAttributeAsync("data-api-key");
        Assert.True(ApiKeyText.TryParse(pageKey, out _, out _));
        Assert.NotEqual(key, pageKey);
        await tab.ScreenshotAsync("designer-list");

        await page.Locator("#logout").ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("dashboard");
        await page.WaitForURLAsync("**/login?ReturnUrl=*");
        await tab.ScreenshotAsync("logged-out");
        tab.AssertClean();
    }
}
