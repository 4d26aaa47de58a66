using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Leases;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Leases;

public sealed class PinTests
{
    [Fact]
    public async Task PinnedInstance_KeepsItsVersionAcrossAReload_UntilUnpinned()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder, o => o.DrainTimeout = TimeSpan.FromMilliseconds(200));
        await catalog.LoadAllAsync();
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "old-instance", unpin: false));

        folder.Add(Fixtures.GoodV2, "good");
        var info = await catalog.ReloadAsync(Run.Good);

        // The reload returned after the drain timeout, with v1 still serving the instance pinned to it.
        Assert.Equal("2.0.0", info.Version);
        var v1 = info.Versions.Single(v => v.Generation == 1);
        Assert.Equal(PluginVersionState.Draining, v1.State);
        Assert.Equal(["old-instance"], v1.PinnedInstances);
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "old-instance", unpin: false));
        Assert.Equal("Hello Ada from v2.0.0", await Run.GreetAsync(catalog, "new-instance", unpin: false));
        Assert.Equal([("new-instance", "2.0.0", 2), ("old-instance", "1.0.0", 1)],
            catalog.ListPins().Select(p => (p.InstanceId, p.Version, p.Generation)));

        Assert.Equal(1, catalog.Unpin("old-instance"));
        var after = await catalog.WaitForAsync(Run.Good, i => i.Versions.Single(v => v.Generation == 1).State == PluginVersionState.Unloaded);
        Assert.Equal(["new-instance"], after.Versions.Single(v => v.Generation == 2).PinnedInstances);
    }

    [Fact]
    public async Task Reload_WithoutKeepingPinnedVersions_MovesPinnedInstancesToTheNewVersion()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder, o => o.KeepPinnedVersions = false);
        await catalog.LoadAllAsync();
        await Run.GreetAsync(catalog, "i-1", unpin: false);

        folder.Add(Fixtures.GoodV2, "good");
        var info = await catalog.ReloadAsync(Run.Good);

        Assert.Equal(PluginVersionState.Unloaded, info.Versions.Single(v => v.Generation == 1).State);
        Assert.Equal("Hello Ada from v2.0.0", await Run.GreetAsync(catalog, "i-1"));
    }

    [Fact]
    public async Task Unload_DropsPins_AndRepinMovesAnInstanceToTheCurrentVersion()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        using (catalog.Acquire(Run.Good, "i-1"))
        {
        }

        await catalog.UnloadAsync(Run.Good);
        Assert.Empty(catalog.ListPins());
        await catalog.LoadAsync(Run.Good);
        var pin = catalog.Repin("i-1", Run.Good);

        Assert.Equal(("i-1", Run.Good, "1.0.0", 2), (pin.InstanceId, pin.PluginId, pin.Version, pin.Generation));
        Assert.Throws<PluginUnavailableException>(() => catalog.Repin("i-1", "nope"));
    }
}
