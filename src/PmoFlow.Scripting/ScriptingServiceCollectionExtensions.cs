using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.CSharp;
using PmoFlow.Scripting.JavaScript;

namespace PmoFlow.Scripting;

/// <summary>Registers the C# (Roslyn) and JavaScript expression evaluators.</summary>
public static class ScriptingServiceCollectionExtensions
{
    /// <summary>
    /// Adds both evaluators with their options bound from <paramref name="configuration"/> (sections
    /// <see cref="CSharpExpressionOptions.SectionName"/> and <see cref="JavaScriptOptions.SectionName"/>) and
    /// validated when the host starts. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowScripting(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        var csharp = services.AddOptions<CSharpExpressionOptions>();
        var javascript = services.AddOptions<JavaScriptOptions>();
        if (configuration is not null)
        {
            csharp.Bind(configuration.GetSection(CSharpExpressionOptions.SectionName));
            javascript.Bind(configuration.GetSection(JavaScriptOptions.SectionName));
        }
        csharp.ValidateOnStart();
        javascript.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CSharpExpressionOptions>, CSharpExpressionOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JavaScriptOptions>, JavaScriptOptionsValidator>());

        services.TryAddSingleton<CSharpEvaluator>();
        services.TryAddSingleton<JavaScriptEvaluator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, CSharpEvaluator>(sp => sp.GetRequiredService<CSharpEvaluator>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExpressionEvaluator, JavaScriptEvaluator>(sp => sp.GetRequiredService<JavaScriptEvaluator>()));
        services.TryAddSingleton<IScriptingWarmUp>(sp => new ScriptingWarmUp(sp.GetRequiredService<CSharpEvaluator>()));
        return services;
    }
}
