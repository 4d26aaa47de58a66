using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;

namespace PmoFlow.Cli;

/// <summary>
/// The services <c>validate</c> and <c>run</c> use: the workflow runtime and the expression evaluators only. Not
/// AddPmoFlow: that brings the SQLite store, and running or checking a workflow file must never create a database.
/// The PMO commands build the full composition root instead (<see cref="Pmo.LocalPmoClient"/>).
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("PMOFLOW_")
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPmoFlowRuntime(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
