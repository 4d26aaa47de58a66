using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoFlow.Server.Designer;
using PmoFlow.Server.Designer.Assets;

namespace PmoFlow.Server;

/// <summary>Registers what the designer pages need.</summary>
public static class DesignerServiceCollectionExtensions
{
    /// <summary>Adds the designer's options (validated at start) and the Studio asset folder. Safe to call more than once.</summary>
    public static IServiceCollection AddDesigner(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DesignerOptions>().Bind(configuration.GetSection(DesignerOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DesignerOptions>, DesignerOptionsValidator>());
        services.TryAddSingleton<StudioFolder>();
        return services;
    }
}
