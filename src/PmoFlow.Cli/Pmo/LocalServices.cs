using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;

namespace PmoFlow.Cli.Pmo;

/// <summary>PmoFlow's composition root over a local database, started as the server starts it (without its background loop).</summary>
internal static class LocalServices
{
    /// <summary>What a local command works on, for messages.</summary>
    public static string Target(string? database) => database ?? Path.Combine("data", "pmoflow.db");

    /// <summary>
    /// Opens <paramref name="database"/> (default <c>./data/pmoflow.db</c>, what the server uses when started from the
    /// repository root), migrating it, installing the flywheel and loading the rule packs if needed. Never seeds the
    /// demo: a CLI user's first command should not fill their database with sample services. With <c>--db</c>, the
    /// compiled rule cache goes beside that database rather than into the current folder, unless configured.
    /// </summary>
    public static async Task<ServiceProvider> StartAsync(string? database, CancellationToken cancellationToken)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables("PMOFLOW_").Build();
        var settings = new Dictionary<string, string?> { ["PmoFlow:Demo:Enabled"] = "false" };
        if (database is not null)
        {
            var path = Path.GetFullPath(database);
            if (Directory.Exists(path)) throw new CliException($"--db: '{database}' is a folder; give the database file (such as {Path.Combine(database, "pmoflow.db")})");
            var folder = Path.GetDirectoryName(path);
            settings["PmoFlow:Storage:DataFolder"] = folder;
            settings["PmoFlow:Storage:FileName"] = Path.GetFileName(path);
            if (environment["PmoFlow:Rules:CacheFolder"] is null) settings["PmoFlow:Rules:CacheFolder"] = Path.Combine(folder ?? ".", "rule-packs");
        }
        var configuration = new ConfigurationBuilder().AddConfiguration(environment).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPmoFlow(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            await services.StartPmoFlowAsync(cancellationToken).ConfigureAwait(false);
            return services;
        }
        catch
        {
            await services.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
