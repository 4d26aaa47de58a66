using System.Text.Json.Nodes;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Tests.Support;
using static PmoFlow.Workflows.Tests.Support.Flow;

namespace PmoFlow.Workflows.Tests.Definitions;

public sealed class WorkflowDefinitionServiceTests
{
    private static JsonObject Greeting(string text) => Chart("greeting", [Event("wait", "go"), WriteLine("say", text)], Connect("wait", "say"));

    [Fact]
    public void Save_WithErrors_NeverReplacesTheStoredGoodVersion()
    {
        using var host = new WorkflowTestHost();
        var good = host.Import(Greeting("hello"));
        var broken = Greeting("broken");
        ((JsonArray)broken["root"]!["connections"]!).Add(Connect("say", "nowhere"));

        var result = host.Definitions.Save(broken.ToJsonString(), SaveOptions.Import);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Validation.Errors, e => e.Path == "$.root.connections[1]");
        var stored = Assert.Single(host.Store.ListVersions("greeting"));
        Assert.True(JsonNode.DeepEquals(good.Json, stored.Json));
    }

    [Fact]
    public void Save_MalformedJson_IsRefused_WithLineAndColumn()
    {
        using var host = new WorkflowTestHost();
        var result = host.Definitions.Save("{\n  \"root\": {\n    \"type\": \"Elsa.Flowchart\",,\n  }\n}", SaveOptions.Import, "bad.json");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal(3, error.Line);
        Assert.Empty(host.Store.List(VersionOptions.Latest));
    }

    [Fact]
    public void DraftsAndPublishing_FollowElsasVersioning()
    {
        using var host = new WorkflowTestHost();
        host.Import(Greeting("v1"));

        var draft = host.Definitions.Save(Greeting("v2 draft").ToJsonString(), new SaveOptions());
        Assert.Equal((2, false), (draft.Definition!.Version, draft.Definition.IsPublished));
        var again = host.Definitions.Save(Greeting("v2 edited").ToJsonString(), new SaveOptions());
        Assert.Equal(2, again.Definition!.Version);
        Assert.Equal(1, host.Store.Find("greeting", VersionOptions.Published)!.Version);

        var published = host.Definitions.Publish("greeting");
        Assert.True(published.Succeeded);
        Assert.Equal(2, host.Store.Find("greeting", VersionOptions.Published)!.Version);
        Assert.False(host.Store.Find("greeting", VersionOptions.Specific(1))!.IsPublished);
    }

    [Fact]
    public async Task RunningInstance_KeepsTheVersionItStartedOn()
    {
        using var host = new WorkflowTestHost();
        var v1 = host.Import(Greeting("from v1"));
        var old = await host.Host.StartAsync(v1, new StartWorkflowOptions { Output = host.Output });
        host.Definitions.Save(Greeting("from v2").ToJsonString(), new SaveOptions { Publish = true });

        var fresh = await host.Host.StartAsync("greeting", new StartWorkflowOptions { Output = host.Output });
        await host.Host.PublishEventAsync("go");

        Assert.Equal((1, 2), (old.DefinitionVersion, fresh.DefinitionVersion));
        Assert.Equal(["from v1", "from v2"], host.Lines.Order(StringComparer.Ordinal));
        Assert.All(await host.Host.ListAsync(), i => Assert.Equal(WorkflowStatus.Finished, i.Status));
    }
}
