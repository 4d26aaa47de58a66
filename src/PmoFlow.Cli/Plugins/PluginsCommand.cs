using System.CommandLine;

namespace PmoFlow.Cli.Plugins;

/// <summary>
/// <c>pmoflow plugins list|load|unload|reload [ID]</c>. With <c>--server</c> it works on a running server's plugins;
/// without, it loads the plugins folder into this process, so the states and errors shown are what the server would
/// get, and nothing outlasts the command.
/// </summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var command = new Command("plugins", "Industry plugins: list them, or load, unload or reload one (on a server with --server; else in this process).");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("load", "Load a plugin (without ID: every plugin not loaded yet, such as a folder just dropped in).", optionalId: true,
            (client, id, ct) => client.LoadAsync(id, ct), "Active"));
        command.Subcommands.Add(Change("unload", "Unload a plugin once its work in progress ends, and check that it really left memory.", optionalId: false,
            (client, id, ct) => client.UnloadAsync(id, ct), "Unloaded"));
        command.Subcommands.Add(Change("reload", "Load a plugin's folder again and swap it in; instances finish on the version they started with.", optionalId: false,
            (client, id, ct) => client.ReloadAsync(id, ct), "Active"));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "A table of the plugins: id, name, version, industry, state, error.");
        PluginCommand.SetAction(command, _ => async (client, output, _, cancellationToken) =>
        {
            var plugins = await client.ListAsync(cancellationToken).ConfigureAwait(false);
            if (plugins.Count == 0)
            {
                await output.WriteLineAsync($"no plugins in {client.Target}; a plugin is a folder with a plugin.json and its build output").ConfigureAwait(false);
                return 0;
            }
            PluginTable.Write(output, plugins);
            foreach (var plugin in plugins) PluginTable.WritePins(output, plugin);
            return 0;
        });
        return command;
    }

    private static Command Change(string name, string description, bool optionalId, Func<IPluginClient, string, CancellationToken, Task<PluginRow>> change, string expected)
    {
        var id = new Argument<string?>("id") { Description = "The plugin's id.", Arity = optionalId ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne };
        var command = new Command(name, description);
        command.Arguments.Add(id);
        PluginCommand.SetAction(command, parse =>
        {
            var pluginId = parse.GetValue(id);
            return async (client, output, error, cancellationToken) =>
            {
                if (pluginId is null)
                {
                    var all = await client.LoadAllAsync(cancellationToken).ConfigureAwait(false);
                    PluginTable.Write(output, all);
                    return Report(error, all.Where(p => p.State != expected).ToList(), name);
                }
                var plugin = await change(client, pluginId, cancellationToken).ConfigureAwait(false);
                PluginTable.Write(output, [plugin]);
                PluginTable.WritePins(output, plugin);
                if (client.IsLocal) await output.WriteLineAsync($"(in this process only; use --server to {name} it on a running server)").ConfigureAwait(false);
                return Report(error, plugin.State == expected ? [] : [plugin], name);
            };
        });
        return command;
    }

    private static int Report(TextWriter error, List<PluginRow> failed, string action)
    {
        foreach (var plugin in failed)
            error.WriteLine($"error: {action} {plugin.Id}: it is {plugin.State}{(plugin.Error is { } e ? $": {e}" : "")}");
        return failed.Count == 0 ? 0 : 1;
    }
}
