using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Hosting.Demo;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Hosting;

/// <summary>Registers the demo seed.</summary>
public static class DemoServiceCollectionExtensions
{
    /// <summary>
    /// Adds the sample-PMO seed as a startup task of the engine (it runs once the flywheel is installed) and binds
    /// <see cref="DemoOptions"/>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowDemo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupTask, DemoSeeder>());
        return services;
    }
}
