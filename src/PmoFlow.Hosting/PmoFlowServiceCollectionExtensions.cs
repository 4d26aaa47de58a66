using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmoFlow.Hosting.Timers;
using PmoFlow.Hosting.WarmUp;
using PmoFlow.Scripting;
using PmoFlow.Workflows;

namespace PmoFlow.Hosting;

/// <summary>The one composition root the server and the CLI share.</summary>
public static class PmoFlowServiceCollectionExtensions
{
    /// <summary>Adds PmoFlow to a host: the workflow runtime, the expression evaluators and the background services.</summary>
    public static IHostApplicationBuilder AddPmoFlow(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPmoFlow(builder.Configuration);
        builder.Services.AddPmoFlowBackgroundServices(builder.Configuration);
        return builder;
    }

    /// <summary>Adds PmoFlow's services without the background services (for tools that run one command and exit).</summary>
    public static IServiceCollection AddPmoFlow(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPmoFlowWorkflows();
        services.AddPmoFlowScripting(configuration);
        return services;
    }

    /// <summary>Adds the Roslyn warm-up and the timer scheduler, with their options validated at start.</summary>
    public static IServiceCollection AddPmoFlowBackgroundServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TimerOptions>()
            .Bind(configuration.GetSection(TimerOptions.SectionName))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PollInterval <= TimeSpan.FromHours(1), $"{TimerOptions.SectionName}:PollInterval must be between 0 and 1 hour.")
            .ValidateOnStart();
        services.AddHostedService<ScriptingWarmUpService>();
        services.AddHostedService<WorkflowTimerService>();
        return services;
    }
}
