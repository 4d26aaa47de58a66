using System.CommandLine;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Plugins;

/// <summary>The <c>--server</c> and <c>--folder</c> options of the plugin commands, and the client they select.</summary>
internal sealed class PluginConnection
{
    private readonly Option<string?> _server = new("--server") { Description = "Work on the plugins of a running PmoFlow server, such as http://localhost:5000." };

    private readonly Option<string?> _folder = new("--folder")
    {
        Description = "The plugins folder to load into this process (default: PmoFlow:Plugins:Path, the plugins folder beside pmoflow).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_server);
        command.Options.Add(_folder);
    }

    public IPluginClient Open(ParseResult parse)
    {
        var server = parse.GetValue(_server);
        var folder = parse.GetValue(_folder);
        if (server is not null && folder is not null) throw new CliException("--folder and --server cannot be combined: the server loads its own plugins folder");
        return server is not null ? HttpPluginClient.Create(server) : LocalPluginClient.Open(folder);
    }
}
