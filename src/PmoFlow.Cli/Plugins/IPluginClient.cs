namespace PmoFlow.Cli.Plugins;

/// <summary>Where <c>pmoflow plugins</c> works: the plugins folder loaded into this process, or a running server.</summary>
internal interface IPluginClient : IAsyncDisposable
{
    /// <summary>The plugins folder or the server's URL, for messages.</summary>
    string Target { get; }

    /// <summary>Whether changes last beyond this command (a server) or only show what would happen (this process).</summary>
    bool IsLocal { get; }

    /// <summary>Every plugin with its state.</summary>
    Task<IReadOnlyList<PluginRow>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Loads every plugin not loaded yet.</summary>
    Task<IReadOnlyList<PluginRow>> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>Loads one plugin.</summary>
    Task<PluginRow> LoadAsync(string pluginId, CancellationToken cancellationToken);

    /// <summary>Unloads one plugin.</summary>
    Task<PluginRow> UnloadAsync(string pluginId, CancellationToken cancellationToken);

    /// <summary>Reloads one plugin from its folder.</summary>
    Task<PluginRow> ReloadAsync(string pluginId, CancellationToken cancellationToken);
}
