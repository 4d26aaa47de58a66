using System.Net;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Dashboard.Support;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Dashboard.Pages;

/// <summary>The board puts each service in its step with its gate state; the service page shows the gate clause by clause.</summary>
public sealed class BoardAndServicePageTests(PmoFlowServerFactory server) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public async Task Board_ShowsTheServiceInItsStep_ColouredByItsGate_WithWhatWouldPass()
    {
        var http = server.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(server);
        await PmoSetup.ServiceAsync(http, "board-card");

        var html = await new DashboardClient(http).PageAsync("/dashboard");

        var step = Section(html, "<section class=\"step stage-1\" id=\"step-2\"");
        Assert.Contains("<a class=\"card gate-needs-evidence\" href=\"/dashboard/services/board-card\" data-service-id=\"board-card\" data-gate-state=\"NeedsEvidence\" data-stage=\"Exploration\">",
            step, StringComparison.Ordinal);
        Assert.Contains("3 more survey responses from ", step, StringComparison.Ordinal);
        var data = await http.GetOkAsync("/dashboard/data/board");
        var card = data.GetProperty("services").EnumerateArray().Single(c => c.Str("serviceId") == "board-card");
        Assert.Equal("NeedsEvidence", card.Str("gateState"));
        Assert.Equal("gate-2-3", card.Str("gate"));
    }

    [Fact]
    public async Task ServicePage_ShowsEachClause_WhatWouldPass_PendingApprovalsAndHistory()
    {
        var http = server.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(server);
        await PmoSetup.ServiceAsync(http, "detail");
        foreach (var group in new[] { "executives", "project-managers", "executives" })
            await http.PostCreatedAsync("/api/services/detail/survey-responses", new { customerGroup = group, csat = 4 });

        // Heard its customers, so Value Proposition now waits for the sponsor before its gate is looked at.
        var html = await new DashboardClient(http).PageAsync("/dashboard/services/detail");

        Assert.Contains("data-gate=\"gate-3-4\" data-gate-state=\"NeedsApproval\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>gate-3-4</td><td>sponsor</td>", Section(html, "<section id=\"approvals\""), StringComparison.Ordinal);
        var history = Section(html, "<section id=\"history\"");
        Assert.Contains("<td>2 Needs Assessment</td><td>3 Value Proposition</td>", history, StringComparison.Ordinal);
        Assert.Equal(3, Count(Section(html, "<section id=\"surveys\""), "<tr id=\"survey-"));
    }

    [Fact]
    public async Task ServicePage_OfABlockedGate_ListsClausesWithObservedAndRequired()
    {
        var http = server.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(server);
        await PmoSetup.ServiceAsync(http, "clauses");

        var html = await new DashboardClient(http).PageAsync("/dashboard/services/clauses");

        var gate = Section(html, "<section id=\"gate\"");
        Assert.Contains("What would make it pass", gate, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"clause failed\"", gate, StringComparison.Ordinal);
        Assert.Contains("<td class=\"result\">Needs evidence</td>", gate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_EncodeWhatPeopleTyped()
    {
        var http = server.CreateClient(PmoRole.GateAgent);
        await PmoSetup.CharterAndCustomersAsync(server);
        await http.PostCreatedAsync("/api/services", new { id = "encoded", name = "<script>alert('x')</script>", sponsor = "cfo", customerIds = new[] { "cfo" }, targetUsers = 3 });
        var dashboard = new DashboardClient(http);

        foreach (var url in new[] { "/dashboard", "/dashboard/services/encoded", "/dashboard/scorecard" })
        {
            var html = await dashboard.PageAsync(url);
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        }
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", await dashboard.PageAsync("/dashboard/services/encoded"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_ForAnUnknownService_IsAHtml404LeadingBack()
    {
        var html = await new DashboardClient(server.CreateClient(PmoRole.GateAgent)).PageAsync("/dashboard/services/nope", HttpStatusCode.NotFound);

        Assert.Contains("There is no service <code>nope</code>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard\"", html, StringComparison.Ordinal);
    }

    /// <summary>The markup from <paramref name="start"/> to the end of that section.</summary>
    private static string Section(string html, string start)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"No {start} in the page.");
        var to = html.IndexOf("</section>", from, StringComparison.Ordinal);
        return html[from..to];
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
