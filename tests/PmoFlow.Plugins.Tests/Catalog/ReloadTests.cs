using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Catalog;

public sealed class ReloadTests
{
    [Fact]
    public async Task Reload_SwapsInTheNewFiles_AndCollectsTheOldVersion()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "i-1"));

        // The files are replaceable while v1 runs: it was loaded from memory.
        folder.Add(Fixtures.GoodV2, "good");
        var info = await catalog.ReloadAsync(Run.Good);

        Assert.Equal((PluginState.Active, "2.0.0"), (info.State, info.Version));
        Assert.Equal("Hello Ada from v2.0.0", await Run.GreetAsync(catalog, "i-2"));
        Assert.Collection(info.Versions,
            v => Assert.Equal(("2.0.0", 2, PluginVersionState.Active), (v.Version, v.Generation, v.State)),
            v => Assert.Equal(("1.0.0", 1, PluginVersionState.Unloaded), (v.Version, v.Generation, v.State)));
        Assert.Equal("2.0.0", Assert.Single(catalog.Current).Version);
    }

    [Fact]
    public async Task Reload_NewFilesDoNotLoad_TheOldVersionKeepsRunning()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        folder.EditManifest("good", m => m["sdk"] = "[9.0,)");

        var info = await catalog.ReloadAsync(Run.Good);

        Assert.Equal((PluginState.Active, "1.0.0"), (info.State, info.Version));
        Assert.StartsWith("reload to 1.0.0 failed: the plugin requires SDK [9.0,)", info.Error, StringComparison.Ordinal);
        Assert.EndsWith("; 1.0.0 keeps running", info.Error, StringComparison.Ordinal);
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "i-1"));
    }

    [Fact]
    public async Task HotReload_UnderLoad_LosesNoWork()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good, "good");
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        var load = new LoadRun(catalog, workers: 8);

        await Task.Delay(300);
        folder.Add(Fixtures.GoodV2, "good");
        load.ReloadStarted = true;
        var info = await catalog.ReloadAsync(Run.Good);
        await Task.Delay(300);
        var units = await load.StopAsync();

        Assert.Equal(load.Started, units.Count);
        Assert.All(units, u => Assert.True(u.Consistent, $"unit {u.Instance} ran on {u.Versions}"));
        Assert.Contains(units, u => u.Version == "1.0.0");
        Assert.Contains(units, u => u.Version == "2.0.0");
        // Work that began on v1 before the reload and finished on v1 after it started: the reload waited for it.
        Assert.Contains(units, u => u is { Version: "1.0.0", StartedBeforeReload: true, EndedAfterReload: true });
        Assert.True(load.MostInFlight > 1);
        Assert.Equal(PluginVersionState.Unloaded, info.Versions.Single(v => v.Generation == 1).State);
        Assert.Empty(catalog.ListPins());
    }

    /// <summary>
    /// Workers that each run units of work: a lease held across two activity runs with a pause between them, then
    /// a run through the host's stand-in (a resumed instance, which its pin sends to the same version), then unpin.
    /// </summary>
    private sealed class LoadRun
    {
        private readonly PluginCatalog _catalog;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<List<Unit>>[] _workers;
        private int _started;
        private int _inFlight;
        private int _mostInFlight;

        public LoadRun(PluginCatalog catalog, int workers)
        {
            _catalog = catalog;
            _workers = [.. Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(w)))];
        }

        public volatile bool ReloadStarted;

        public int Started => Volatile.Read(ref _started);

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public async Task<List<Unit>> StopAsync()
        {
            await _stop.CancelAsync();
            var results = await Task.WhenAll(_workers);
            _stop.Dispose();
            return [.. results.SelectMany(r => r)];
        }

        private async Task<List<Unit>> WorkAsync(int worker)
        {
            var units = new List<Unit>();
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                var instance = $"w{worker}-{i}";
                var before = !ReloadStarted;
                Interlocked.Increment(ref _started);
                var now = Interlocked.Increment(ref _inFlight);
                InterlockedMax(ref _mostInFlight, now);
                var (first, second) = await _catalog.Guard.RunAsync(Run.Good, instance, "test unit", async lease =>
                {
                    var echo = lease.GetActivity("Fixture.Echo");
                    var a = new TestActivityContext(instance);
                    await echo.ExecuteAsync(a);
                    await Task.Delay(5);
                    var b = new TestActivityContext(instance);
                    await echo.ExecuteAsync(b);
                    return ((string)a.Outputs["Greeting"]!, (string)b.Outputs["Greeting"]!);
                });
                var third = await Run.GreetAsync(_catalog, instance, "world", unpin: true);
                Interlocked.Decrement(ref _inFlight);
                units.Add(new Unit(instance, [Version(first), Version(second), Version(third)], before, ReloadStarted));
            }
            return units;
        }

        private static string Version(string greeting) => greeting[(greeting.LastIndexOf('v') + 1)..];

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    private sealed record Unit(string Instance, string[] Seen, bool StartedBeforeReload, bool EndedAfterReload)
    {
        public bool Consistent => Seen.Distinct().Count() == 1;

        public string Version => Seen[0];

        public string Versions => string.Join(", ", Seen);
    }
}
