using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Scripting;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Hosting.Rules;

/// <summary>Wires the rule packs into the composition root: Scripting's rule services plus the embedded default pack.</summary>
internal static class RulePackServiceCollectionExtensions
{
    public static IServiceCollection AddPmoFlowRulePacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPmoFlowRules(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRulePackProvider, EmbeddedRulePack>());
        return services;
    }
}
