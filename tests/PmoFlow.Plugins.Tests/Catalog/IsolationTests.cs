using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Catalog;

public sealed class IsolationTests
{
    [Fact]
    public async Task LoadAll_ConfigureServicesThrows_OnlyThatPluginFaults()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Faulty);
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);

        var infos = (await catalog.LoadAllAsync()).ToDictionary(i => i.Id);

        var faulty = infos["fixture-faulty"];
        Assert.Equal(PluginState.Faulted, faulty.State);
        Assert.StartsWith("ConfigureServices threw System.InvalidOperationException: The faulty fixture refuses to configure its services.", faulty.Error, StringComparison.Ordinal);
        Assert.Equal(PluginState.Active, infos[Run.Good].State);
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "i-1"));
        Assert.Equal([Run.Good], catalog.Current.Select(c => c.PluginId));
        // The half-loaded version is unloaded and its context collected.
        await catalog.WaitForAsync("fixture-faulty", i => i.Versions.Single().State == PluginVersionState.Unloaded);
    }

    [Fact]
    public async Task Activity_Throws_FaultsThePlugin_WhileTheHostKeepsServing()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        folder.Add(Fixtures.JsonNew);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();

        var failure = await Run.FailureAsync(() => Run.ActivityAsync(catalog, Run.Good, "Fixture.Boom", "i-1"));

        Assert.StartsWith("PluginFaultException: Plugin 'fixture-good' 1.0.0 faulted: activity Fixture.Boom threw System.InvalidOperationException: Boom from the fixture.", failure, StringComparison.Ordinal);
        var info = catalog.Find(Run.Good)!;
        Assert.Equal(PluginState.Faulted, info.State);
        Assert.StartsWith("activity Fixture.Boom threw System.InvalidOperationException: Boom from the fixture.", info.Error, StringComparison.Ordinal);
        Assert.Equal(PluginState.Faulted, catalog.Current.Single(c => c.PluginId == Run.Good).State);
        // It takes no new work; the other plugin serves on.
        Assert.StartsWith("PluginUnavailableException: Plugin 'fixture-good' 1.0.0 faulted and takes no new work until it is reloaded",
            await Run.FailureAsync(() => Run.GreetAsync(catalog, "i-2")), StringComparison.Ordinal);
        Assert.Equal("13.0.0.0", (await Run.ActivityAsync(catalog, "fixture-json-new", "Fixture.JsonNew.Version", "i-3"))["AssemblyVersion"]);

        // A reload brings it back, and the instance pinned to the faulted version moves to the new one.
        var reloaded = await catalog.ReloadAsync(Run.Good);
        Assert.Equal(PluginState.Active, reloaded.State);
        Assert.Equal("Hello Ada from v1.0.0", await Run.GreetAsync(catalog, "i-1"));
    }

    [Fact]
    public async Task ReportFault_ARuleTheHostRanFailed_FaultsThatVersionAsTheGuardWould()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();
        var token = catalog.GetChangeToken();

        using (var lease = catalog.Acquire(Run.Good))
        {
            var fault = catalog.Guard.ReportFault(lease, "rule fixture-good/trir", "stopped: the rule ran past its time limit");
            Assert.Equal(("fixture-good", "1.0.0"), (fault.PluginId, fault.Version));
        }

        var info = catalog.Find(Run.Good)!;
        Assert.Equal(PluginState.Faulted, info.State);
        Assert.Equal("rule fixture-good/trir failed: stopped: the rule ran past its time limit", info.Error);
        Assert.True(token.HasChanged);
        Assert.Equal(PluginState.Faulted, catalog.Current.Single().State);
        Assert.StartsWith("PluginUnavailableException: Plugin 'fixture-good' 1.0.0 faulted and takes no new work",
            await Run.FailureAsync(() => Run.GreetAsync(catalog, "i-1")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPlugins_OnTwoVersionsOfOneLibrary_EachGetTheirOwn()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.JsonOld);
        folder.Add(Fixtures.JsonNew);
        await using var catalog = TestCatalog.Create(folder);
        await catalog.LoadAllAsync();

        var old = await Run.ActivityAsync(catalog, "fixture-json-old", "Fixture.JsonOld.Version", "i-1");
        var @new = await Run.ActivityAsync(catalog, "fixture-json-new", "Fixture.JsonNew.Version", "i-2");

        Assert.Equal(("12.0.0.0", "{\"plugin\":\"fixture-json-old\"}"), (old["AssemblyVersion"], old["Json"]));
        Assert.Equal(("13.0.0.0", "{\"plugin\":\"fixture-json-new\"}"), (@new["AssemblyVersion"], @new["Json"]));
        Assert.StartsWith("PmoFlow.Plugin fixture-json-old 1.0.0", old["LoadContext"], StringComparison.Ordinal);
        Assert.StartsWith("PmoFlow.Plugin fixture-json-new 1.0.0", @new["LoadContext"], StringComparison.Ordinal);
    }
}
