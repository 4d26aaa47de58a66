using System.Net;
using System.Net.Http.Headers;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Dashboard.Pages;

/// <summary>The dashboard serves its three files from the server itself, and nothing else of the npm install.</summary>
public sealed class DashboardAssetTests(PmoFlowServerFactory server) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("chart.umd.js", "text/javascript", " * Chart.js v4.6.1")]
    [InlineData("dashboard.js", "text/javascript", "'use strict';")]
    [InlineData("dashboard.css", "text/css", "@media print")]
    public async Task Asset_IsServedWithItsType_AndRevalidatedByETag(string name, string type, string content)
    {
        var http = server.CreateClient(PmoRole.Viewer);

        using var response = await http.GetAsync($"/dashboard/assets/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(content, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/dashboard/assets/{name}");
        again.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(response.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("package.json")]
    [InlineData("chart.umd.js.map")]
    [InlineData("..%2FDashboard.targets")]
    [InlineData("node_modules%2Fchart.js%2Fpackage.json")]
    public async Task AnythingElse_IsNotFound(string name) =>
        Assert.Equal(HttpStatusCode.NotFound, (await server.CreateClient(PmoRole.Viewer).GetAsync($"/dashboard/assets/{name}")).StatusCode);

    [Fact]
    public async Task Scorecard_LoadsOnlyScriptsAndStylesOfThisServer()
    {
        var http = server.CreateClient(PmoRole.Viewer);

        var html = await http.GetStringAsync("/dashboard/scorecard");

        var sources = System.Text.RegularExpressions.Regex.Matches(html, "<(?:script src|link rel=\"stylesheet\" href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/dashboard/assets/dashboard.css", "/dashboard/assets/chart.umd.js", "/dashboard/assets/dashboard.js"], sources);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
    }
}
