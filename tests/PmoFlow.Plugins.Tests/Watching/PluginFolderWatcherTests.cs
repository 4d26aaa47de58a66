using Microsoft.Extensions.Logging.Abstractions;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Tests.Support;
using PmoFlow.Plugins.Watching;

namespace PmoFlow.Plugins.Tests.Watching;

public sealed class PluginFolderWatcherTests
{
    [Fact]
    public async Task ChangedFiles_ReloadThePlugin_AddedFolder_Loads_RemovedFolder_Unloads()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        var options = TestCatalog.Options(folder);
        await using var catalog = new PluginCatalog(options.AsOptions(), TimeProvider.System, NullLoggerFactory.Instance);
        await catalog.LoadAllAsync();
        using var watcher = new PluginFolderWatcher(catalog, options.AsOptions(), TimeProvider.System, NullLogger<PluginFolderWatcher>.Instance);
        watcher.Start();

        folder.Add(Fixtures.GoodV2, "good");
        await catalog.WaitForAsync(Run.Good, i => i.Version == "2.0.0" && i.State == PluginState.Active);
        Assert.Equal("Hello Ada from v2.0.0", await Run.GreetAsync(catalog, "i-1"));

        folder.Add(Fixtures.JsonNew, "json");
        await catalog.WaitForAsync("fixture-json-new", i => i.State == PluginState.Active);

        Directory.Delete(Path.Combine(folder.Root, "json"), recursive: true);
        await catalog.WaitForAsync("fixture-json-new", i => i.State == PluginState.Unloaded);
        await watcher.Refreshing;
    }
}
