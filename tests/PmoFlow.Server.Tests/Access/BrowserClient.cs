using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>A client that behaves like a browser on the pages: keeps cookies, does not follow redirects, posts the login form with its token.</summary>
internal sealed partial class BrowserClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static BrowserClient Open(PmoFlowServerFactory factory, string address = "http://localhost") =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(address) }));

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await http.GetStringAsync(new Uri(page, UriKind.Relative));
        return Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new Xunit.Sdk.XunitException($"No antiforgery token on {page}:\n{html}");
    }

    /// <summary>Posts the login form as the page would.</summary>
    public async Task<HttpResponseMessage> LogInAsync(string key, string returnUrl = "/dashboard", string? token = null)
    {
        var fields = new Dictionary<string, string> { ["key"] = key, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token ?? await TokenAsync("/login") };
        using var form = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri("/login", UriKind.Relative), form);
    }

    /// <summary>Presses the logout button of <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> LogOutAsync(string page = "/dashboard")
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = await TokenAsync(page) });
        return await http.PostAsync(new Uri("/logout", UriKind.Relative), form);
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>The key the designer's editor page hands to Elsa Studio.</summary>
    public async Task<string> StudioKeyAsync()
    {
        var html = await http.GetStringAsync(new Uri("/designer/workflows/value-flywheel", UriKind.Relative));
        return StudioKey().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException($"No api-key on the editor page:\n{html}");
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<elsa-workflow-definition-editor [^>]*api-key=\"([^\"]*)\"")]
    private static partial Regex StudioKey();
}
