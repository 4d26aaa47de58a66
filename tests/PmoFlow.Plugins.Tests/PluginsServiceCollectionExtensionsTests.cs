using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Guard;
using PmoFlow.Plugins.Leases;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests;

public sealed class PluginsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPmoFlowPlugins_BindsOptions_AndEveryPortIsTheOneCatalog()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PmoFlow:Plugins:Path"] = folder.Root,
            ["PmoFlow:Plugins:Watch"] = "false",
            ["PmoFlow:Plugins:SharedAssemblies:0"] = "Microsoft.Extensions.Options",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddPmoFlowPlugins(configuration).AddPmoFlowPlugins(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var catalog = provider.GetRequiredService<IPluginCatalog>();
        Assert.Equal(folder.Root, catalog.FolderPath);
        Assert.Same(catalog, provider.GetRequiredService<IPluginLeases>());
        Assert.Same(catalog, provider.GetRequiredService<IPluginContributions>());
        Assert.NotNull(provider.GetRequiredService<IPluginGuard>());
        var hosted = Assert.Single(provider.GetServices<IHostedService>());

        await hosted.StartAsync(CancellationToken.None);
        Assert.Equal(PluginState.Active, catalog.Find(Run.Good)!.State);
        await hosted.StopAsync(CancellationToken.None);
        Assert.Empty(provider.GetRequiredService<IPluginContributions>().Current);
    }

    [Fact]
    public void AddPmoFlowPlugins_InvalidOptions_FailWithEveryProblem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PmoFlow:Plugins:Path"] = " ",
            ["PmoFlow:Plugins:DrainTimeout"] = "00:00:00",
            ["PmoFlow:Plugins:WatchDebounce"] = "01:00:00",
            ["PmoFlow:Plugins:SharedAssemblies:0"] = "No.Such.Assembly",
        }).Build();
        using var provider = new ServiceCollection().AddPmoFlowPlugins(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PluginOptions>>().Value);

        Assert.Equal(4, ex.Failures.Count());
        Assert.Contains("PmoFlow:Plugins:SharedAssemblies names 'No.Such.Assembly', which the host cannot load: a shared assembly must be one the host itself references.", ex.Failures);
    }
}
