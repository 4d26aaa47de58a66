using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Scripting;

namespace PmoFlow.Hosting.Rules;

/// <summary>The rule workbench alone, for tools that check and test packs without a database (<c>pmoflow rules check|test</c>).</summary>
public static class RuleToolsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IRuleWorkbench"/> with the rule options bound from <paramref name="configuration"/> (section
    /// <c>PmoFlow:Rules</c>: limits, named thresholds, cache folder). No store, no engine. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowRuleWorkbench(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddPmoFlowRules(configuration);
        services.TryAddSingleton<IRuleWorkbench, RuleWorkbench>();
        return services;
    }
}
