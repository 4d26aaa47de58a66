using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Builds a plugin's own container: what the host shares, the plugin's activities found by scanning its own
/// assemblies, and its <see cref="IPmoFlowPlugin.ConfigureServices"/>. Nothing of the plugin goes into the host's
/// root container, which could then never let it unload (DESIGN.md §5).
/// </summary>
internal sealed class PluginServices(TimeProvider time, ILoggerFactory loggerFactory)
{
    private static readonly ServiceProviderOptions Validation = new() { ValidateOnBuild = true, ValidateScopes = true };

    public ServiceProvider Build(IPmoFlowPlugin plugin, IReadOnlyList<Assembly> ownAssemblies)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(plugin);
        // Scan the plugin's assemblies by hand: FromApplicationDependencies would read the host's deps file.
        services.Scan(scan => scan
            .FromAssemblies(ownAssemblies)
            .AddClasses(c => c.AssignableTo<IActivity>(), publicOnly: false)
            .As<IActivity>()
            .WithSingletonLifetime());

        try
        {
            plugin.ConfigureServices(services);
        }
        catch (Exception ex)
        {
            throw new PluginLoadException(Catalog.PluginState.Faulted, $"ConfigureServices threw {PluginErrors.Describe(ex)}");
        }
        try
        {
            return services.BuildServiceProvider(Validation);
        }
        catch (Exception ex) when (ex is AggregateException or InvalidOperationException)
        {
            throw new PluginLoadException(Catalog.PluginState.Faulted, $"the plugin's services do not resolve: {PluginErrors.Describe(ex)}");
        }
    }
}
