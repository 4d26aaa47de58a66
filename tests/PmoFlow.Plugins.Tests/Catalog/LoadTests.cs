using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Catalog;

public sealed class LoadTests
{
    [Fact]
    public async Task LoadAll_GoodPlugin_IsActiveWithItsContributions()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);

        var info = Assert.Single(await catalog.LoadAllAsync());

        Assert.Equal((Run.Good, PluginState.Active, "1.0.0", "construction"), (info.Id, info.State, info.Version, info.Industry));
        Assert.Null(info.Error);
        Assert.NotNull(info.LoadedAt);
        Assert.True(info.LoadDuration > TimeSpan.Zero);
        var contribution = Assert.Single(catalog.Current);
        Assert.Equal(["Fixture.Boom", "Fixture.Echo"], contribution.Activities.Select(a => a.Descriptor.TypeName).Order(StringComparer.Ordinal));
        Assert.Equal("Greeting", Assert.Single(contribution.Activities.Single(a => a.Descriptor.Name == "Echo").Descriptor.Outputs).Name);
        var profile = contribution.Profile!;
        Assert.Equal(("trir", "per 200k hours"), (profile.Kpis[0].Name, profile.Kpis[0].Unit));
        Assert.Equal(0.9m, profile.GateThresholds["RealizedBenefitShare"]);
        Assert.Equal(1.5m, profile.GateThresholds["hse.trir.max"]);
        Assert.Equal(6, profile.MandatoryControls[0].BeforeStep);
        Assert.Equal("programme", profile.Terminology["service"]);
        Assert.Equal("{amount} in incident costs avoided", contribution.Wording!.Phrases["value-statement.cost-avoidance"]);
        Assert.Equal(["fixture-good/benefits/incident-costs", "fixture-good/boom", "fixture-good/trir"], contribution.Rules.Select(r => r.Id));
        Assert.Equal("benefits/incident-costs.csx", contribution.Rules[0].FileName);
        Assert.Contains("Thresholds[\"hse.trir.max\"]", contribution.Rules[2].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_RunsInThePlugin_WithTheServicesTheHostShares()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();

        // Echo takes the plugin's Greeter, which takes the host's TimeProvider and an ILogger<T> from the host's factory.
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "i-1"));
    }

    [Fact]
    public async Task LoadAll_IncompatibleSdk_IsRefusedBeforeAnyCodeRuns()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        folder.EditManifest(Fixtures.Good, m => m["sdk"] = "[2.0,3.0)");
        await using var catalog = TestCatalog.Create(folder);

        var info = Assert.Single(await catalog.LoadAllAsync());

        Assert.Equal(PluginState.Refused, info.State);
        Assert.Equal("the plugin requires SDK [2.0,3.0) (plugin.json \"sdk\"), but this host provides SDK 1.0: use a build of the plugin made for SDK 1.0", info.Error);
        Assert.Empty(info.Versions);
        Assert.Empty(catalog.Current);
    }

    [Fact]
    public async Task LoadAll_PluginCarryingItsOwnSdk_IsRefusedWithTheReason()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.OwnContract);
        await using var catalog = TestCatalog.Create(folder);

        var info = Assert.Single(await catalog.LoadAllAsync());

        Assert.Equal(PluginState.Refused, info.State);
        Assert.StartsWith("the plugin carries its own copy of the SDK (PmoFlow.Abstractions.dll 1.0.0.0 in ", info.Error, StringComparison.Ordinal);
        Assert.Contains("register nothing", info.Error, StringComparison.Ordinal);
        Assert.Contains("<ExcludeAssets>runtime</ExcludeAssets>", info.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAll_ManifestDisagreeingWithTheCode_IsRefused()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        folder.EditManifest(Fixtures.Good, m => m["version"] = "1.1.0");
        await using var catalog = TestCatalog.Create(folder);

        var info = Assert.Single(await catalog.LoadAllAsync());

        Assert.Equal(PluginState.Refused, info.State);
        Assert.Equal("plugin.json says version 1.1.0 but the plugin's Metadata.Version is '1.0.0'", info.Error);
        // Its code did run (to read the metadata), so its context is unloaded and checked like any other.
        await catalog.WaitForAsync(Run.Good, i => i.Versions.Single().State == PluginVersionState.Unloaded);
    }

    [Fact]
    public async Task LoadAll_InvalidManifest_RefusesTheFolderWithFileAndJsonPath()
    {
        using var folder = new PluginFolder();
        var path = folder.Add(Fixtures.Good, "broken");
        folder.EditManifest("broken", m => m.Remove("sdk"));
        await using var catalog = TestCatalog.Create(folder);

        var info = Assert.Single(await catalog.LoadAllAsync());

        Assert.Equal(("broken", PluginState.Refused), (info.Id, info.State));
        Assert.Equal($"{Path.Combine(path, "plugin.json")}: $.sdk: required", info.Error);
    }

    [Fact]
    public async Task LoadAll_Dependencies_LoadFirstOrRefuseWithTheReason()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        folder.Add(Fixtures.JsonOld);
        folder.Add(Fixtures.JsonNew);
        folder.EditManifest(Fixtures.Good, m => m["dependsOn"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "fixture-json-old", ["version"] = "[1.0,2.0)" }));
        folder.EditManifest(Fixtures.JsonNew, m => m["dependsOn"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "fixture-json-old", ["version"] = "[2.0,)" }));
        await using var catalog = TestCatalog.Create(folder);

        var infos = (await catalog.LoadAllAsync()).ToDictionary(i => i.Id);

        Assert.Equal(PluginState.Active, infos[Run.Good].State);
        Assert.Equal(PluginState.Refused, infos["fixture-json-new"].State);
        Assert.Equal("depends on 'fixture-json-old' [2.0,), but the installed 'fixture-json-old' is 1.0.0", infos["fixture-json-new"].Error);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => catalog.UnloadAsync("fixture-json-old"));
        Assert.Equal("Cannot unload 'fixture-json-old': 'fixture-good' depends on it. Unload it first.", ex.Message);
    }

    [Fact]
    public async Task LoadAsync_ById_FindsTheFolder_AndUnknownIdThrows()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "any-folder-name");
        await using var catalog = TestCatalog.Create(folder);

        Assert.Equal(PluginState.Active, (await catalog.LoadAsync(Run.Good)).State);
        Assert.Equal(PluginState.Active, (await catalog.LoadAsync(Run.Good)).State);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => catalog.LoadAsync("nope"));
    }
}
