using PmoFlow.Core.Access;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Server.Tests.Elsa;
using PmoFlow.Server.Tests.Support;
using PmoFlow.Tests.Plugins;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Server.Tests.Plugins;

/// <summary>The plugin admin API: list, load, unload, reload, pinned instances, and the activities plugins add to the designer.</summary>
public sealed class PluginApiTests
{
    [Fact]
    public async Task List_ShowsEachPluginsVersionIndustryStateAndError_AndUnknownIdsAre404()
    {
        await using var server = new PluginServerFactory();
        server.Plugins.Add(FixturePlugins.Good);
        server.Plugins.Add(FixturePlugins.Faulty);
        var client = server.CreateClient(PmoRole.Admin);

        var list = (await client.GetOkAsync("/api/plugins")).EnumerateArray().ToDictionary(p => p.Str("id"));

        var good = list[FixturePlugins.GoodId];
        Assert.Equal(("Good fixture", "1.0.0", "construction", "Active"), (good.Str("name"), good.Str("version"), good.Str("industry"), good.Str("state")));
        Assert.Equal(JsonValueKind.Null, good.GetProperty("error").ValueKind);
        Assert.Equal(["Fixture.Boom", "Fixture.Echo"], good.Strings("activities").Order(StringComparer.Ordinal));
        Assert.Equal(["benefits/incident-costs.csx", "boom.csx", "trir.csx"], good.Strings("rules"));
        var faulty = list["fixture-faulty"];
        Assert.Equal("Faulted", faulty.Str("state"));
        Assert.StartsWith("ConfigureServices threw System.InvalidOperationException: The faulty fixture refuses to configure its services.", faulty.Str("error"), StringComparison.Ordinal);
        Assert.Equal("1.0.0", (await client.GetOkAsync($"/api/plugins/{FixturePlugins.GoodId}")).Str("version"));

        foreach (var (method, url) in new[] { (HttpMethod.Get, "/api/plugins/nope"), (HttpMethod.Post, "/api/plugins/nope/load"), (HttpMethod.Post, "/api/plugins/nope/unload"), (HttpMethod.Post, "/api/plugins/nope/reload") })
        {
            var problem = await client.ExpectAsync(method, url, null, HttpStatusCode.NotFound);
            Assert.Equal(["pluginId"], problem.ErrorFields());
            Assert.Contains("'nope'", problem.Str("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnloadLoadReload_ChangeWhatTheDesignerPaletteOffers_AndADroppedInFolderLoads()
    {
        await using var server = new PluginServerFactory();
        server.Plugins.Add(FixturePlugins.Good);
        var client = server.CreateClient(PmoRole.Admin);
        Assert.Contains("Fixture.Echo", await PaletteAsync(client));

        var unloaded = await client.PostOkAsync($"/api/plugins/{FixturePlugins.GoodId}/unload", new { });
        Assert.Equal("Unloaded", unloaded.Str("state"));
        Assert.Equal("Unloaded", unloaded.GetProperty("versions")[0].Str("state"));
        Assert.DoesNotContain("Fixture.Echo", await PaletteAsync(client));

        Assert.Equal("Active", (await client.PostOkAsync($"/api/plugins/{FixturePlugins.GoodId}/load", new { })).Str("state"));
        Assert.Contains("Fixture.Echo", await PaletteAsync(client));

        server.Plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        var reloaded = await client.PostOkAsync($"/api/plugins/{FixturePlugins.GoodId}/reload", new { });
        Assert.Equal(("Active", "2.0.0"), (reloaded.Str("state"), reloaded.Str("version")));
        Assert.Contains("trir-trend.csx", reloaded.Strings("rules"));

        // An admin drops a folder in; its rules do not compile, which the answer says right away.
        server.Plugins.Add(FixturePlugins.BadRules);
        var all = (await client.PostOkAsync("/api/plugins/load-all", new { })).EnumerateArray().ToDictionary(p => p.Str("id"));
        Assert.Equal("Faulted", all["fixture-bad-rules"].Str("state"));
        Assert.StartsWith("rule pack failed: does not compile: rules/validation.csx(6,", all["fixture-bad-rules"].Str("error"), StringComparison.Ordinal);
        Assert.Equal("Active", all[FixturePlugins.GoodId].Str("state"));
    }

    [Fact]
    public async Task Plugin_ShowsWhichInstancesArePinnedToWhichVersion()
    {
        await using var server = new PluginServerFactory();
        server.Plugins.Add(FixturePlugins.Good);
        var client = server.CreateClient(PmoRole.Admin);
        var host = server.Services.GetRequiredService<IWorkflowHost>();
        var definition = server.Services.GetRequiredService<IWorkflowDefinitionService>().Import(FixtureWorkflows.GreetTwice);
        var instance = await host.StartAsync(definition, new StartWorkflowOptions { Output = TextWriter.Null });

        var version = Assert.Single((await client.GetOkAsync($"/api/plugins/{FixturePlugins.GoodId}")).GetProperty("versions").EnumerateArray());
        Assert.Equal(("1.0.0", "Active"), (version.Str("version"), version.Str("state")));
        Assert.Equal([instance.InstanceId], version.Strings("pinnedInstances"));

        server.Plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        var versions = (await client.PostOkAsync($"/api/plugins/{FixturePlugins.GoodId}/reload", new { })).GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([("2.0.0", "Active", 0), ("1.0.0", "Draining", 1)], versions.Select(v => (v.Str("version"), v.Str("state"), v.Strings("pinnedInstances").Count)));

        await host.ResumeAsync(instance.InstanceId, instance.Bookmarks.Single().Id, output: TextWriter.Null);
        var after = await client.GetOkAsync($"/api/plugins/{FixturePlugins.GoodId}");
        Assert.All(after.GetProperty("versions").EnumerateArray(), v => Assert.Empty(v.Strings("pinnedInstances")));
    }

    [Fact]
    public async Task ThrowingPluginActivity_FaultsItsInstanceAndPlugin_AndTheServerKeepsServing()
    {
        await using var server = new PluginServerFactory();
        server.Plugins.Add(FixturePlugins.Good);
        var client = server.CreateClient(PmoRole.Admin);
        var definitions = server.Services.GetRequiredService<IWorkflowDefinitionService>();

        var faulted = await server.Services.GetRequiredService<IWorkflowHost>().StartAsync(definitions.Import(FixtureWorkflows.Boom));

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        var plugin = await client.GetOkAsync($"/api/plugins/{FixturePlugins.GoodId}");
        Assert.Equal("Faulted", plugin.Str("state"));
        Assert.StartsWith("activity Fixture.Boom threw System.InvalidOperationException: Boom from the fixture.", plugin.Str("error"), StringComparison.Ordinal);
        await client.GetOkAsync("/health");
        Assert.Equal("Active", (await client.PostOkAsync($"/api/plugins/{FixturePlugins.GoodId}/reload", new { })).Str("state"));
    }

    [Fact]
    public async Task IndustryProfile_ShowsWhatTheBaselinesPluginBrings_AndTheThresholdsInForce()
    {
        await using var server = new PluginServerFactory();
        server.Plugins.Add(FixturePlugins.Good);
        var client = server.CreateClient(PmoRole.Admin);

        var general = await client.GetOkAsync("/api/industry-profile");
        Assert.Equal(("general", JsonValueKind.Null, JsonValueKind.Null), (general.Str("industryProfile"), general.GetProperty("plugin").ValueKind, general.GetProperty("problem").ValueKind));
        Assert.Equal(0.8m, general.GetProperty("thresholds").GetProperty("realizedBenefitShare").GetDecimal());

        await client.PutOkAsync("/api/baseline", new { strategyObjectives = Array.Empty<string>(), opdMaturityStage = 3, industryProfile = "construction" });
        var construction = await client.GetOkAsync("/api/industry-profile");
        Assert.Equal((FixturePlugins.GoodId, "1.0.0"), (construction.GetProperty("plugin").Str("id"), construction.GetProperty("plugin").Str("version")));
        Assert.Equal("Construction (HSE)", construction.Str("displayName"));
        var kpi = construction.GetProperty("kpis")[0];
        Assert.Equal(("trir", "per 200k hours", "LowerIsBetter"), (kpi.Str("name"), kpi.Str("unit"), kpi.Str("direction")));
        Assert.Equal("CostAvoidance", construction.GetProperty("benefitCategories")[0].Str("countsAs"));
        Assert.Equal("programme", construction.GetProperty("terminology").Str("service"));
        Assert.Equal(0.9m, construction.GetProperty("thresholds").GetProperty("realizedBenefitShare").GetDecimal());
        Assert.Equal(1.5m, construction.GetProperty("namedThresholds").GetProperty("hse.trir.max").GetDecimal());
        Assert.Equal("{amount} in incident costs avoided", construction.GetProperty("reportWording").GetProperty("phrases").Str("value-statement.cost-avoidance"));

        await client.PutOkAsync("/api/baseline", new { strategyObjectives = Array.Empty<string>(), opdMaturityStage = 3, industryProfile = "pharma" });
        var pharma = await client.GetOkAsync("/api/industry-profile");
        Assert.Equal(JsonValueKind.Null, pharma.GetProperty("plugin").ValueKind);
        Assert.StartsWith("no loaded plugin serves industry profile 'pharma'", pharma.Str("problem"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DescribesThePluginEndpoints()
    {
        await using var server = new PluginServerFactory();
        var document = await server.CreateClient(PmoRole.Admin).GetStringAsync("/openapi/v1.json");

        foreach (var operation in new[] { "ListPlugins", "GetPlugin", "LoadPlugin", "UnloadPlugin", "ReloadPlugin", "LoadAllPlugins", "GetIndustryProfile" })
            Assert.Contains($"\"operationId\": \"{operation}\"", document, StringComparison.Ordinal);
    }

    private static async Task<List<string>> PaletteAsync(HttpClient client) =>
        [.. (await client.GetJsonAsync("/descriptors/activities?Refresh=True")).Items().Select(d => d!["typeName"]!.ToString())];
}
