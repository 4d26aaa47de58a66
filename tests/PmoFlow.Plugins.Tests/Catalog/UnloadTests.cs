using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Catalog;

public sealed class UnloadTests
{
    [Fact]
    public async Task Unload_DisposesAndCollectsTheLoadContext()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        await Run.GreetAsync(catalog, "i-1");
        var changed = catalog.GetChangeToken();

        var info = await catalog.UnloadAsync(Run.Good);

        Assert.Equal(PluginState.Unloaded, info.State);
        Assert.Null(info.Error);
        Assert.Equal(PluginVersionState.Unloaded, Assert.Single(info.Versions).State);
        Assert.True(changed.HasChanged);
        Assert.Empty(catalog.Current);
        Assert.StartsWith("PluginUnavailableException: Plugin 'fixture-good' is not loaded: it is unloaded.",
            await Run.FailureAsync(() => Task.FromResult(catalog.Acquire(Run.Good))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unload_WaitsForWorkInProgress()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        var lease = catalog.Acquire(Run.Good);

        var unloading = catalog.UnloadAsync(Run.Good);
        await Task.Delay(200);

        Assert.False(unloading.IsCompleted);
        var draining = catalog.Find(Run.Good)!;
        Assert.Equal(PluginState.Draining, draining.State);
        Assert.Equal(1, draining.Versions.Single().Leases);
        lease.Dispose();
        Assert.Equal(PluginState.Unloaded, (await unloading).State);
    }

    [Fact]
    public async Task Unload_HostKeepsAPluginObject_ReportsStuckWithWhatItKnows_ThenNoticesALateCollection()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder, o => o.UnloadTimeout = TimeSpan.FromMilliseconds(300));
        await catalog.LoadAllAsync();
        var kept = new List<object>();
        Keep(catalog, kept);

        var info = await catalog.UnloadAsync(Run.Good);

        Assert.Equal(PluginState.Stuck, info.State);
        Assert.StartsWith("did not unload within 0.3 s: its load context 'PmoFlow.Plugin fixture-good 1.0.0 #1' still holds Fixture.Good 1.0.0.0", info.Error, StringComparison.Ordinal);
        Assert.Contains("a plugin object or delegate kept by the host", info.Error, StringComparison.Ordinal);
        Assert.Equal(PluginVersionState.Stuck, info.Versions.Single().State);

        kept.Clear();
        var late = await Run.CollectUntilAsync(catalog, Run.Good, PluginState.Unloaded);
        Assert.Equal("unloaded late: its load context was collected after the unload timeout", late.Versions.Single().Error);
    }

    // What a careless host component would do: keep the plugin's activity after its lease ended.
    private static void Keep(PluginCatalog catalog, List<object> kept)
    {
        using var lease = catalog.Acquire(Run.Good);
        kept.Add(lease.GetActivity("Fixture.Echo"));
    }
}
