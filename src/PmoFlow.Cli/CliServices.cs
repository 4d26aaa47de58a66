using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;

namespace PmoFlow.Cli;

/// <summary>The services a command uses: the same composition root as the server, without background services.</summary>
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
            .AddPmoFlow(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
