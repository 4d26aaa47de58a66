using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Scripting.Rules.Registry;

namespace PmoFlow.Hosting.Rules;

/// <summary>Wires the rule packs into the composition root: Scripting's rule services, the embedded default pack and the workbench the CLI uses. The admin service (<see cref="IRuleAdmin"/>) needs the store, so AddPmoFlow adds it.</summary>
internal static class RulePackServiceCollectionExtensions
{
    public static IServiceCollection AddPmoFlowRulePacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPmoFlowRuleWorkbench(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRulePackProvider, EmbeddedRulePack>());
        return services;
    }
}
