using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Plugins;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Leases;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>
/// The plugin host as the server composes it (AddPmoFlowPlugins with default options, so it reads the plugins folder
/// beside the test assembly), with every plugin there loaded once for the test collection.
/// </summary>
public sealed class PluginHost : IAsyncLifetime
{
    private readonly Dictionary<string, PluginRulePack> _packs = new(StringComparer.Ordinal);
    private ServiceProvider? _provider;

    internal ManualClock Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    internal IPluginCatalog Catalog => Provider.GetRequiredService<IPluginCatalog>();

    internal IPluginContributions Contributions => Provider.GetRequiredService<IPluginContributions>();

    internal IPluginLeases Leases => Provider.GetRequiredService<IPluginLeases>();

    internal IReadOnlyList<PluginInfo> Loaded { get; private set; } = [];

    private ServiceProvider Provider => _provider ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPmoFlowPlugins();
        services.Configure<PluginOptions>(o => o.Watch = false);
        _provider = services.BuildServiceProvider();
        Loaded = await Catalog.LoadAllAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var pack in _packs.Values) pack.Dispose();
        if (_provider is not null) await _provider.DisposeAsync();
    }

    /// <summary>The plugin's rule pack with its profile's thresholds, compiled once for the collection.</summary>
    internal PluginRulePack RulePack(string pluginId)
    {
        lock (_packs)
        {
            if (!_packs.TryGetValue(pluginId, out var pack)) _packs[pluginId] = pack = new PluginRulePack(Plugin(pluginId));
            return pack;
        }
    }

    /// <summary>What the plugin brings, as the host holds it.</summary>
    internal PluginContribution Plugin(string pluginId) =>
        Contributions.Current.SingleOrDefault(c => c.PluginId == pluginId)
        ?? throw new InvalidOperationException($"{pluginId} is not loaded: {string.Join("; ", Loaded.Select(p => $"{p.Id} {p.State} {p.Error}"))}");
}
