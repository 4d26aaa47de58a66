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
        if (_provider is not null) await _provider.DisposeAsync();
    }

    /// <summary>What the plugin brings, as the host holds it.</summary>
    internal PluginContribution Plugin(string pluginId) =>
        Contributions.Current.SingleOrDefault(c => c.PluginId == pluginId)
        ?? throw new InvalidOperationException($"{pluginId} is not loaded: {string.Join("; ", Loaded.Select(p => $"{p.Id} {p.State} {p.Error}"))}");
}

/// <summary>The tests that share one host. They run one after another: some set its clock.</summary>
[CollectionDefinition(Name)]
public sealed class PluginHostCollection : ICollectionFixture<PluginHost>
{
    public const string Name = "industry plugins";
}
