using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PmoFlow.Browser.Tests.Support;
using PmoFlow.Core.Access;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Browser.Tests.Designer;

/// <summary>The real Elsa Studio, served by PmoFlow, edits PmoFlow's definitions in headless Chromium.</summary>
[Collection(DesignerCollection.Name)]
public sealed class DesignerTests(DesignerFixture fixture)
{
    private const string Flywheel = "value-flywheel";

    [BrowserFact]
    public async Task ListPage_OpensTheDefaultFlywheel_AndTheEditorRendersEveryActivity()
    {
        await using var tab = await fixture.OpenAsync("open-flywheel", PmoRole.Architect);
        await tab.Page.GotoAsync("designer/");
        var row = tab.Page.Locator($"tr[data-definition-id=\"{Flywheel}\"] a");
        await row.WaitForAsync();
        await tab.ScreenshotAsync("list");

        await row.ClickAsync();
        var editor = new StudioEditor(tab);
        await tab.Page.Locator("g.x6-node[data-cell-id]").First.WaitForAsync(new() { Timeout = StudioTab.StartTimeout });
        await editor.ClickToolAsync("Zoom to fit the screen");
        await tab.ScreenshotAsync("flywheel");

        var stored = fixture.Server.Definitions().Find(Flywheel, VersionOptions.Latest)!;
        Assert.Equal(stored.Root.Children.Select(a => a.Id).Order(), (await editor.CellIdsAsync()).Order());
        tab.AssertClean();
        fixture.AssertFixturesCoverRecordedCalls();
    }

    [BrowserFact]
    public async Task DropConnectAndPublish_StoresExactlyThatChange_AndOnlyNewServicesRunOnIt()
    {
        var server = fixture.Server;
        var before = server.Definitions().Find(Flywheel, VersionOptions.Published)!;
        var running = await server.CreateServiceAsync("before-the-edit");
        Assert.Equal(before.Id, running.DefinitionVersionId);

        var (typeName, displayName, category) = PickActivity(server);
        await using var tab = await fixture.OpenAsync("drop-connect-publish", PmoRole.Architect);
        var editor = new StudioEditor(tab);
        await editor.OpenAsync(Flywheel);
        await editor.ClickToolAsync("Zoom to fit the screen");
        var cellsBefore = await editor.CellIdsAsync();

        // Inside the ring of steps, the canvas is empty: drop there.
        var top = await editor.CenterAsync("g[data-cell-id=\"step-1\"]");
        var bottom = await editor.CenterAsync("g[data-cell-id=\"step-6\"]");
        await editor.ExpandCategoryAsync(category);
        await editor.DropAsync(displayName, (top.X + bottom.X) / 2, (top.Y + bottom.Y) / 2);
        var added = (await EventuallyAsync(editor.CellIdsAsync, ids => ids.Count > cellsBefore.Count))
            .Except(cellsBefore).Single();
        await tab.ScreenshotAsync("dropped");

        await editor.ConnectAsync("gate-1-2", "Blocked", added);
        var draft = await ServerApi.EventuallyAsync(() => server.Definitions().Find(Flywheel, VersionOptions.Latest),
            d => d.Root.Connections.Any(c => c.Target == added), "the auto-saved connection");
        Assert.False(draft.IsPublished);
        await tab.ScreenshotAsync("connected");

        await editor.ClickToolAsync("Publish workflow");
        var after = await ServerApi.EventuallyAsync(() => server.Definitions().Find(Flywheel, VersionOptions.Published),
            d => d.Version > before.Version, "the published version");
        await tab.ScreenshotAsync("published");

        FlywheelDiff.AssertOnlyAdded(before, after, added, typeName, ("gate-1-2", "Blocked"));
        var started = await server.CreateServiceAsync("after-the-edit");
        Assert.Equal(after.Id, started.DefinitionVersionId);
        Assert.NotEqual(Workflows.Runtime.State.WorkflowStatus.Faulted, started.Status);
        var stillRunning = await server.Services.GetRequiredService<Workflows.Instances.IWorkflowInstanceQueries>().FindByCorrelationIdAsync("before-the-edit");
        Assert.Equal(before.Id, stillRunning!.DefinitionVersionId);
        tab.AssertClean();
        fixture.AssertFixturesCoverRecordedCalls();
    }

    [BrowserFact]
    public async Task ListPage_CreatesAWorkflow_AndOpensTheEditorOnIt()
    {
        await using var tab = await fixture.OpenAsync("create-workflow", PmoRole.Architect);
        await tab.Page.GotoAsync("designer");
        await tab.Page.Locator("#new-workflow-name").FillAsync("Benefits review cadence");
        await tab.Page.Locator("#new-workflow button[type=submit]").ClickAsync();

        await tab.Page.WaitForURLAsync("**/designer/workflows/*");
        var created = fixture.Server.Definitions().List(VersionOptions.Latest).Single(d => d.Name == "Benefits review cadence");
        Assert.EndsWith($"/designer/workflows/{created.DefinitionId}", tab.Page.Url, StringComparison.Ordinal);
        Assert.Equal(("Elsa.Flowchart", false), (created.Root.Type, created.IsPublished));
        // An empty flowchart has no nodes to wait for; the palette shows the editor is up and bound to this definition.
        await tab.Page.Locator("[draggable=\"true\"]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = StudioTab.StartTimeout });
        await tab.Page.GetByText("Benefits review cadence").First.WaitForAsync();
        await tab.ScreenshotAsync("editor");
        tab.AssertClean();
        fixture.AssertFixturesCoverRecordedCalls();
    }

    [BrowserFact]
    public async Task StudioExport_ImportsUnchanged_AndRuns()
    {
        var server = fixture.Server;
        using (var client = server.CreateClient(PmoRole.Architect))
        {
            using var content = new StringContent(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "service-intake.json")), System.Text.Encoding.UTF8, "application/json");
            (await client.PostAsync(new Uri("/elsa/api/workflow-definitions/import", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }
        await using var tab = await fixture.OpenAsync("export-import", PmoRole.Architect);
        var editor = new StudioEditor(tab);
        await editor.OpenAsync("service-intake");

        await editor.ClickMenuItemAsync("Export");
        var confirm = tab.Page.Locator(".mud-dialog button", new() { HasTextString = "Export" });
        await confirm.WaitForAsync();
        await tab.ScreenshotAsync("export-dialog");
        var download = await tab.Page.RunAndWaitForDownloadAsync(() => confirm.ClickAsync());
        var file = Artifacts.PathOf("service-intake.exported.json");
        await download.SaveAsAsync(file);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsObject();

        var store = server.Definitions();
        Assert.True(store.Delete("service-intake"));
        using (var client = server.CreateClient(PmoRole.Architect))
        {
            using var content = new StringContent(exported.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            var imported = await client.PostAsync(new Uri("/elsa/api/workflow-definitions/import", UriKind.Relative), content);
            Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        }
        var stored = store.Find("service-intake", VersionOptions.Published)!;
        foreach (var key in new[] { "id", "version", "name", "root", "variables", "inputs", "outputs", "options" })
            Assert.True(JsonNode.DeepEquals(exported[key], stored.Json[key]), $"'{key}' changed on import");

        using var output = new StringWriter();
        var run = await server.Services.GetRequiredService<Workflows.Runtime.IWorkflowRuntime>().StartAsync(stored, new()
        {
            Input = new Dictionary<string, object?> { ["ServiceName"] = "Resource management", ["StrategicFit"] = 5, ["Urgency"] = 4 },
            Output = output,
        });
        Assert.Equal(Workflows.Runtime.State.WorkflowStatus.Finished, run.Status);
        Assert.Contains("Decision: fast-track", output.ToString(), StringComparison.Ordinal);
        tab.AssertClean();
        fixture.AssertFixturesCoverRecordedCalls();
    }

    private static async Task<IReadOnlyList<string>> EventuallyAsync(Func<Task<IReadOnlyList<string>>> probe, Func<IReadOnlyList<string>, bool> condition)
    {
        for (var attempt = 0; ; attempt++)
        {
            var value = await probe();
            if (condition(value)) return value;
            if (attempt > 150) throw new TimeoutException("Gave up waiting for the canvas to change.");
            await Task.Delay(200);
        }
    }

    /// <summary>A plugin's activity (the point of the palette): the build deploys the industry plugins beside the server.</summary>
    private static (string TypeName, string DisplayName, string Category) PickActivity(DesignerServer server)
    {
        var registry = server.Services.GetRequiredService<IActivityRegistry>();
        var ownAssembly = typeof(IActivityRegistry).Assembly;
        var descriptor = registry.ListDescriptors()
            .Where(d => d.IsBrowsable && !d.IsContainer && d.Ports.Count > 0 && registry.Resolve(d.TypeName).GetType().Assembly != ownAssembly)
            .OrderBy(d => d.TypeName, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No plugin activity in the palette; the build should have deployed the industry plugins to {Path.Combine(AppContext.BaseDirectory, "plugins")}.");
        return (descriptor.TypeName, descriptor.DisplayName ?? descriptor.Name, descriptor.Category);
    }
}
