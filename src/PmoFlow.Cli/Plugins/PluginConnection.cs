using System.CommandLine;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Plugins;

/// <summary>The <c>--server</c> and <c>--folder</c> options of the plugin commands, and the client they select.</summary>
internal sealed class PluginConnection
{
    private readonly Option<string?> _server = new("--server") { Description = "Work on the plugins of a running PmoFlow server, such as http://localhost:5000." };

    private readonly Option<string?> _apiKey = new("--api-key")
    {
        Description = $"An admin's API key for --server (default: the {PmoConnection.ApiKeyVariable} environment variable); listing needs any role.",
    };

    private readonly Option<string?> _folder = new("--folder")
    {
        Description = "The plugins folder to load into this process (default: PmoFlow:Plugins:Path, the plugins folder beside pmoflow).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_server);
        command.Options.Add(_apiKey);
        command.Options.Add(_folder);
    }

    public IPluginClient Open(ParseResult parse)
    {
        var server = parse.GetValue(_server);
        var folder = parse.GetValue(_folder);
        var apiKey = parse.GetValue(_apiKey);
        if (server is not null && folder is not null) throw new CliException("--folder and --server cannot be combined: the server loads its own plugins folder");
        if (server is null && apiKey is not null) throw new CliException("--api-key goes with --server: plugins loaded into this process need no key");
        if (server is null) return LocalPluginClient.Open(folder);
        var key = apiKey ?? Environment.GetEnvironmentVariable(PmoConnection.ApiKeyVariable);
        return HttpPluginClient.Create(server, string.IsNullOrWhiteSpace(key) ? null : key);
    }
}
