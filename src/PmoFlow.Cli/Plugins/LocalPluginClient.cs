using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Cli.Pmo;
using PmoFlow.Hosting;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Cli.Plugins;

/// <summary>
/// The plugins folder loaded into this process by the same plugin host the server runs, rule packs included, so
/// the states and errors are real. Nothing outlasts the command: to change a running server, use <c>--server</c>.
/// </summary>
internal sealed class LocalPluginClient : IPluginClient
{
    private readonly ServiceProvider _services;
    private readonly IPluginCatalog _catalog;

    private LocalPluginClient(ServiceProvider services)
    {
        _services = services;
        _catalog = services.GetRequiredService<IPluginCatalog>();
    }

    public string Target => _catalog.FolderPath;

    public bool IsLocal => true;

    /// <summary>The plugin host over <paramref name="folder"/>, or over the configured plugins folder (by default <c>plugins/</c> beside pmoflow).</summary>
    public static LocalPluginClient Open(string? folder)
    {
        var settings = new Dictionary<string, string?> { ["PmoFlow:Plugins:Watch"] = "false" };
        if (folder is not null)
        {
            var path = Path.GetFullPath(folder);
            if (!Directory.Exists(path)) throw new CliException($"--folder: '{folder}' is not a folder; give the plugins folder, which holds one folder per plugin");
            settings["PmoFlow:Plugins:Path"] = path;
        }
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("PMOFLOW_")
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPmoFlowPluginAdmin(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new LocalPluginClient(services);
    }

    public Task<IReadOnlyList<PluginRow>> ListAsync(CancellationToken cancellationToken) => LoadAllAsync(cancellationToken);

    public async Task<IReadOnlyList<PluginRow>> LoadAllAsync(CancellationToken cancellationToken) =>
        [.. (await _catalog.LoadAllAsync(cancellationToken).ConfigureAwait(false)).Select(PluginRow.From)];

    public async Task<PluginRow> LoadAsync(string pluginId, CancellationToken cancellationToken) =>
        PluginRow.From(await Known(() => _catalog.LoadAsync(pluginId, cancellationToken)).ConfigureAwait(false));

    // In a fresh process nothing is loaded yet: load the plugin first, so the unload or reload is the real thing.
    public async Task<PluginRow> UnloadAsync(string pluginId, CancellationToken cancellationToken)
    {
        await LoadAsync(pluginId, cancellationToken).ConfigureAwait(false);
        return PluginRow.From(await Known(() => _catalog.UnloadAsync(pluginId, cancellationToken)).ConfigureAwait(false));
    }

    public async Task<PluginRow> ReloadAsync(string pluginId, CancellationToken cancellationToken)
    {
        await LoadAsync(pluginId, cancellationToken).ConfigureAwait(false);
        return PluginRow.From(await Known(() => _catalog.ReloadAsync(pluginId, cancellationToken)).ConfigureAwait(false));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task<PluginInfo> Known(Func<Task<PluginInfo>> change)
    {
        try
        {
            return await change().ConfigureAwait(false);
        }
        catch (KeyNotFoundException ex)
        {
            throw new CliException(char.ToLowerInvariant(ex.Message[0]) + ex.Message[1..].TrimEnd('.'), ex);
        }
    }
}
