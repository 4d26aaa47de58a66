using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Gates.BuiltIn;

namespace PmoFlow.Core;

/// <summary>Registers the PMO domain's own services.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the built-in rules for the ten default gates as an <see cref="IGateEvaluator"/>. Evaluators registered
    /// earlier (rule packs) take precedence: the gate activity asks each in order which one handles a gate.
    /// </summary>
    public static IServiceCollection AddPmoFlowCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGateEvaluator, BuiltInGateEvaluator>());
        return services;
    }
}
