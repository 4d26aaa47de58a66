using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PmoFlow.Browser.Tests.Support;
using PmoFlow.Core.Access;

namespace PmoFlow.Browser.Tests.Dashboard;

/// <summary>
/// The PMO dashboard in headless Chromium: the flywheel board, a service's gate, and the value scorecard with its
/// charts drawn by Chart.js from the server's own files, on screen and on paper. Screenshots and the printed PDF are
/// left in the artifacts folder (<c>dashboard-*</c>).
/// </summary>
[Collection(DesignerCollection.Name)]
public sealed class DashboardTests(DesignerFixture fixture)
{
    /// <summary>The stylesheet's colour for each gate state (the left border of a card).</summary>
    private static readonly Dictionary<string, string> StateColours = new(StringComparer.Ordinal)
    {
        ["Ready"] = "rgb(21, 128, 61)", ["Waived"] = "rgb(124, 58, 237)", ["NotEvaluated"] = "rgb(100, 116, 139)",
        ["NeedsApproval"] = "rgb(29, 78, 216)", ["NeedsEvidence"] = "rgb(180, 83, 9)", ["Blocked"] = "rgb(185, 28, 28)",
    };

    [BrowserFact]
    public async Task Board_RendersEveryServiceInItsStep_ColouredByGateState_AndOpensItsGate()
    {
        await DashboardSeed.EnsureAsync(fixture.Server);
        await using var tab = await fixture.OpenAsync("dashboard-board", PmoRole.Viewer);
        var watch = new DashboardPageWatch(tab.Page);

        await tab.Page.GotoAsync("dashboard");
        await tab.Page.Locator("#board .card").First.WaitForAsync();
        using var http = fixture.Server.CreateClient(PmoRole.Viewer);
        foreach (var id in DashboardSeed.ServiceIds)
        {
            var service = await http.GetFromJsonAsync<JsonElement>($"/api/services/{id}");
            var card = tab.Page.Locator($"section.step[data-step=\"{service.GetProperty("step").GetString()}\"] .card[data-service-id=\"{id}\"]");
            await Assertions.Expect(card).ToBeVisibleAsync();
            var state = await card.GetAttributeAsync("data-gate-state");
            Assert.Equal(StateColours[state!], await card.EvaluateAsync<string>("c => getComputedStyle(c).borderLeftColor"));
        }
        await FullPageAsync(tab, "dashboard-board.png");

        await tab.Page.Locator(".card[data-service-id=\"dash-reporting\"]").ClickAsync();
        await tab.Page.Locator("#gate").WaitForAsync();
        Assert.EndsWith("/dashboard/services/dash-reporting", tab.Page.Url, StringComparison.Ordinal);
        Assert.NotEmpty(await tab.Page.Locator("#gate h2 .gate-state").InnerTextAsync());
        await FullPageAsync(tab, "dashboard-service.png");

        tab.AssertClean();
        watch.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Scorecard_DrawsItsCharts_LinksFiguresToEvidence_AndPrints()
    {
        await DashboardSeed.EnsureAsync(fixture.Server);
        await using var tab = await fixture.OpenAsync("dashboard-scorecard", PmoRole.Viewer);
        var watch = new DashboardPageWatch(tab.Page);
        var page = tab.Page;

        await page.GotoAsync("dashboard/scorecard");
        await page.Locator("#scorecard[data-charts=\"ready\"]").WaitForAsync(new() { Timeout = 60_000 });

        var figure = page.Locator("[data-figure=\"validated-cost-avoidance-quarter\"]");
        Assert.Equal($"$2.1M validated cost avoidance across 2 services this quarter ({DashboardSeed.Quarter}).", await figure.Locator(".statement").InnerTextAsync());
        var charts = await page.EvaluateAsync<JsonElement>(DrawnChartsScript);
        var drawn = charts.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Contains("benefits-chart", drawn.Keys);
        Assert.Contains("csat-chart", drawn.Keys);
        Assert.Contains("nps-chart", drawn.Keys);
        // One small trend chart per observed KPI, every seeded service's among them.
        Assert.All(DashboardSeed.ServiceIds, id => Assert.Contains(drawn.Values, c => c.GetProperty("service").GetString() == id));
        Assert.All(drawn.Values, c => Assert.True(c.GetProperty("drawn").GetBoolean() && c.GetProperty("inked").GetInt32() > 500, $"{c.GetProperty("name")} looks blank: {c}"));
        var benefits = drawn["benefits-chart"].GetProperty("datasets");
        Assert.Contains(2_100_000m, benefits[0].EnumerateArray().Select(v => v.GetDecimal()));
        await FullPageAsync(tab, "dashboard-scorecard.png");

        // The figure's first record: the benefit on its service page, where the link's anchor lands.
        await figure.Locator(".evidence a").First.ClickAsync();
        await page.WaitForURLAsync("**/dashboard/services/**#benefit-*");
        await Assertions.Expect(page.Locator("article.benefit:target")).ToBeVisibleAsync();
        Assert.Equal("true", await page.Locator("article.benefit:target").GetAttributeAsync("data-validated"));
        await tab.ScreenshotAsync("evidence");

        await page.GoBackAsync();
        await page.Locator("#scorecard[data-charts=\"ready\"]").WaitForAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".dashboard-bar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".print-only")).ToBeVisibleAsync();
        await FullPageAsync(tab, "dashboard-scorecard-print.png");
        var pdf = await page.PdfAsync(new() { Path = Artifacts.PathOf("dashboard-scorecard.pdf"), PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(pdf.Length > 20_000 && pdf[..4].SequenceEqual("%PDF"u8.ToArray()), $"The printed scorecard is {pdf.Length} bytes.");

        tab.AssertClean();
        watch.AssertNoConsoleErrors();
    }

    /// <summary>Every canvas with its Chart.js chart: its name, the data of its datasets, and how many pixels it inked.</summary>
    private const string DrawnChartsScript = """
        () => [...document.querySelectorAll('#scorecard canvas')].map(canvas => {
          const chart = Chart.getChart(canvas);
          const figure = canvas.closest('figure');
          const name = canvas.id || (figure ? 'kpi:' + figure.dataset.kpiId : '');
          const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
          return { name, service: figure ? figure.dataset.serviceId : null, drawn: !!chart, inked, datasets: chart ? chart.data.datasets.map(d => d.data) : [] };
        })
        """;

    private static Task FullPageAsync(StudioTab tab, string file) => tab.Page.ScreenshotAsync(new() { Path = Artifacts.PathOf(file), FullPage = true });
}
