using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Guard;
using PmoFlow.Plugins.Leases;
using PmoFlow.Plugins.Watching;

namespace PmoFlow.Plugins;

/// <summary>Registers the plugin host.</summary>
public static class PluginsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the plugin host: <see cref="IPluginCatalog"/> (list, load, unload, reload), <see cref="IPluginLeases"/>
    /// (leases and pins), <see cref="IPluginGuard"/> (calling plugin code), <see cref="IPluginContributions"/> (what
    /// the plugins bring), and a hosted service that loads the plugins at start, watches the folder and unloads them
    /// at stop. <see cref="PluginOptions"/> bind from <see cref="PluginOptions.SectionName"/> and are validated when
    /// the host starts. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowPlugins(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PluginOptions>();
        if (configuration is not null) options.Bind(configuration.GetSection(PluginOptions.SectionName));
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PluginOptions>, PluginOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<IPluginCatalog>(sp => sp.GetRequiredService<PluginCatalog>());
        services.TryAddSingleton<IPluginLeases>(sp => sp.GetRequiredService<PluginCatalog>());
        services.TryAddSingleton<IPluginContributions>(sp => sp.GetRequiredService<PluginCatalog>());
        services.TryAddSingleton(sp => sp.GetRequiredService<PluginCatalog>().Guard);
        services.TryAddSingleton<PluginFolderWatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PluginHostedService>());
        return services;
    }
}
