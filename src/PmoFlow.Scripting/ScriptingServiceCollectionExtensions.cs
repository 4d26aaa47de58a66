using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Core.Gates;
using PmoFlow.Scripting.CSharp;
using PmoFlow.Scripting.JavaScript;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Evaluation;
using PmoFlow.Scripting.Rules.Loading;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Testing;

namespace PmoFlow.Scripting;

/// <summary>Registers the C# (Roslyn) and JavaScript expression evaluators, and the governance rule packs.</summary>
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

    /// <summary>
    /// Adds governance rule packs as an <see cref="IGateEvaluator"/>, with options bound from <paramref name="configuration"/>
    /// (section <see cref="RuleOptions.SectionName"/>) and validated when the host starts: the pack in
    /// <see cref="RuleOptions.Folder"/> if set, and any pack a host registers (the default pack comes with PmoFlow.Hosting).
    /// Call it before registering the built-in rules: the gate activity asks evaluators in registration order. Safe to
    /// call more than once.
    /// </summary>
    public static IServiceCollection AddPmoFlowRules(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        var rules = services.AddOptions<RuleOptions>();
        if (configuration is not null) rules.Bind(configuration.GetSection(RuleOptions.SectionName));
        rules.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RuleOptions>, RuleOptionsValidator>());

        services.TryAddSingleton<RulePackCompiler>();
        services.TryAddSingleton(sp => new RulePackCache(sp.GetRequiredService<IOptions<RuleOptions>>().Value.CacheFolder));
        services.TryAddSingleton<RulePackLoader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRulePackProvider, FolderRulePackProvider>());
        services.TryAddSingleton<IRuleThresholdSource, ConfiguredRuleThresholds>();
        services.TryAddSingleton<RulePackRegistry>();
        services.TryAddSingleton<IRulePackStatus>(sp => sp.GetRequiredService<RulePackRegistry>());
        services.TryAddSingleton<RuleChecker>();
        services.TryAddSingleton<RuleTestRunner>();
        services.TryAddSingleton<RuleWhatIf>();
        services.TryAddSingleton<RuleReplay>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGateEvaluator, RulePackGateEvaluator>());
        return services;
    }
}
