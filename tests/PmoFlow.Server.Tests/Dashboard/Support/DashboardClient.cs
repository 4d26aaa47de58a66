using System.Net;
using System.Text.Json;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Dashboard.Support;

/// <summary>Reads the dashboard as a browser would: pages as HTML, data as JSON, and evidence links followed to their anchors.</summary>
internal sealed class DashboardClient(HttpClient client)
{
    public HttpClient Http => client;

    public async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        return html;
    }

    public async Task<JsonElement> FigureAsync(string key)
    {
        var summary = await client.GetOkAsync("/dashboard/data/summary");
        return summary.GetProperty("figures").EnumerateArray().SingleOrDefault(f => f.Str("key") == key) is { ValueKind: JsonValueKind.Object } figure
            ? figure
            : throw new Xunit.Sdk.XunitException($"No figure '{key}' in {summary}");
    }

    /// <summary>Follows an evidence link: the page answers and holds the element its fragment names.</summary>
    public async Task<string> FollowAsync(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        Assert.True(hash > 0, $"Evidence link {href} names no record.");
        var html = await PageAsync(href[..hash]);
        Assert.Contains($"id=\"{href[(hash + 1)..]}\"", html, StringComparison.Ordinal);
        return html;
    }

    public static IReadOnlyList<string> Hrefs(JsonElement figure) => [.. figure.GetProperty("evidence").EnumerateArray().Select(e => e.Str("href"))];
}
