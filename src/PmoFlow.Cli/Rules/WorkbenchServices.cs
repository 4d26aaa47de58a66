using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>
/// The rule workbench alone, for <c>rules check</c> and <c>rules test</c>: no database, and no compiled-rule cache on
/// disk, so checking a folder never writes anything. Limits and named thresholds come from <c>PMOFLOW_</c> variables.
/// </summary>
internal static class WorkbenchServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("PMOFLOW_")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PmoFlow:Rules:CacheFolder"] = "", ["PmoFlow:Rules:Folder"] = null })
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddPmoFlowRuleWorkbench(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
