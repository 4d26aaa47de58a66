using PmoFlow.Plugins.Loading;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Tests.Loading;

public sealed class LoadOrderTests
{
    private static readonly Dictionary<string, Version> None = [];

    [Fact]
    public void Create_OrdersInPassesById_EachAfterItsDependencies()
    {
        var plan = LoadOrder.Create([Manifest("c", deps: ["b"]), Manifest("b", deps: ["m"]), Manifest("a"), Manifest("z"), Manifest("m")], None);
        Assert.Equal(["a", "m", "z", "b", "c"], plan.Order.Select(m => m.Id));
        Assert.Empty(plan.Refused);
    }

    [Fact]
    public void Create_MissingDependency_RefusesThePluginAndItsDependents()
    {
        var plan = LoadOrder.Create([Manifest("b", deps: ["missing"]), Manifest("c", deps: ["b"]), Manifest("a")], None);
        Assert.Equal(["a"], plan.Order.Select(m => m.Id));
        Assert.Equal("depends on 'missing' any, which is not installed", plan.Refused["b"]);
        Assert.StartsWith("depends on 'b', which cannot load (depends on 'missing'", plan.Refused["c"], StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DependencyOutOfRange_SaysWhichVersionIsInstalled()
    {
        var plan = LoadOrder.Create([Manifest("a", version: "1.5"), Manifest("b", deps: ["a@[2.0,3.0)"])], None);
        Assert.Equal("depends on 'a' [2.0,3.0), but the installed 'a' is 1.5.0", plan.Refused["b"]);
    }

    [Fact]
    public void Create_AlreadyActivePlugin_SatisfiesADependency()
    {
        var plan = LoadOrder.Create([Manifest("b", deps: ["a@[1.0,2.0)"])], new Dictionary<string, Version> { ["a"] = new(1, 2, 0, 0) });
        Assert.Equal(["b"], plan.Order.Select(m => m.Id));
    }

    [Fact]
    public void Create_Cycle_RefusesEveryPluginInItWithThePath()
    {
        var plan = LoadOrder.Create([Manifest("a", deps: ["b"]), Manifest("b", deps: ["c"]), Manifest("c", deps: ["a"]), Manifest("d", deps: ["a"]), Manifest("e")], None);
        Assert.Equal(["e"], plan.Order.Select(m => m.Id));
        Assert.Equal("dependency cycle: a → b → c → a", plan.Refused["a"]);
        Assert.Equal("dependency cycle: b → c → a → b", plan.Refused["b"]);
        Assert.Equal("dependency cycle: d → a → b → c → a", plan.Refused["d"]);
    }

    private static PluginManifest Manifest(string id, string version = "1.0", string[]? deps = null)
    {
        PluginVersions.TryParse(version, out var v, out _);
        VersionRange.TryParse("1.0", out var sdk, out _);
        return new PluginManifest
        {
            Id = id,
            Name = id,
            Version = v,
            Sdk = sdk,
            EntryAssembly = id + ".dll",
            Folder = "/plugins/" + id,
            DependsOn = [.. (deps ?? []).Select(d =>
            {
                var parts = d.Split('@');
                var range = VersionRange.Any;
                if (parts.Length > 1) VersionRange.TryParse(parts[1], out range, out _);
                return new PluginDependency(parts[0], range);
            })],
        };
    }
}
