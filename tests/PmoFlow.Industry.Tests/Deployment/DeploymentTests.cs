using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Industry.Tests.Support;
using PmoFlow.Plugins;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Industry.Tests.Deployment;

/// <summary>The normal build puts every plugin where a host with default options looks: plugins/&lt;id&gt;/ beside the app.</summary>
[Collection(PluginHostCollection.Name)]
public sealed class DeploymentTests(PluginHost host)
{
    public static TheoryData<string> Hosts => new() { "src/PmoFlow.Server", "src/PmoFlow.Cli", "tests/PmoFlow.Industry.Tests" };

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Build_DeploysEveryPlugin_IntoTheHostsPluginsFolder(string project)
    {
        var plugins = Path.Combine(IndustryPlugins.OutputOf(project), "plugins");

        foreach (var id in IndustryPlugins.All)
        {
            var folder = Path.Combine(plugins, id);
            var manifest = Path.Combine(folder, "plugin.json");
            Assert.True(File.Exists(manifest), $"{manifest} is missing: the build did not deploy {id}.");
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            var entry = json.RootElement.GetProperty("entryAssembly").GetString()!;
            Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
            Assert.True(File.Exists(Path.Combine(folder, entry)), $"{id}'s entry assembly {entry} is missing from {folder}.");
            Assert.True(File.Exists(Path.Combine(folder, Path.ChangeExtension(entry, ".deps.json"))), $"{id}'s deps file is missing: the host resolves its dependencies with it.");
            // The SDK comes from the host; a plugin folder carrying its own copy would be refused.
            Assert.False(File.Exists(Path.Combine(folder, "PmoFlow.Abstractions.dll")), $"{id} ships its own copy of the SDK.");
        }
        // A plugin's own content stays in its folder: no stray manifest beside the host.
        Assert.False(File.Exists(Path.Combine(IndustryPlugins.OutputOf(project), "plugin.json")));
    }

    [Fact]
    public void Load_WithDefaultOptions_FindsAllThreePluginsBesideTheApp()
    {
        Assert.Equal(Path.GetFullPath(IndustryPlugins.DeployedFolder), host.Catalog.FolderPath);
        Assert.All(IndustryPlugins.All, id =>
        {
            var info = host.Loaded.SingleOrDefault(p => p.Id == id);
            Assert.True(info is { State: PluginState.Active }, $"{id}: {info?.State} {info?.Error}");
            Assert.Equal(Path.Combine(host.Catalog.FolderPath, id), info!.Folder);
        });
    }

    [Fact]
    public void Manifest_IdAndVersion_MatchWhatThePluginSays()
    {
        Assert.All(IndustryPlugins.All, id =>
        {
            var contribution = host.Plugin(id);
            var info = host.Catalog.Find(id)!;
            Assert.Equal(id, contribution.PluginId);
            Assert.Equal(info.Version, contribution.Version);
        });
    }

    [Fact]
    public async Task Load_ASecondHostOnTheSameFolder_LoadsTheSamePlugins()
    {
        // Each host gets its own load contexts: a server and a CLI (or two test hosts) may share a folder.
        var services = new ServiceCollection();
        services.AddPmoFlowPlugins();
        services.Configure<PluginOptions>(o => o.Watch = false);
        await using var provider = services.BuildServiceProvider();

        var loaded = await provider.GetRequiredService<IPluginCatalog>().LoadAllAsync();

        // A plugin someone added beside them may load too: the three must.
        Assert.Subset(loaded.Where(p => p.State == PluginState.Active).Select(p => p.Id).ToHashSet(StringComparer.Ordinal), IndustryPlugins.All.ToHashSet(StringComparer.Ordinal));
    }
}
