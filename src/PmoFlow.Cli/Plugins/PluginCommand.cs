using System.CommandLine;
using Microsoft.Extensions.Options;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Plugins;

/// <summary>Runs a plugin command on the client <c>--server</c>/<c>--folder</c> select; failures the user can act on become <c>error: ...</c> and exit 1.</summary>
internal static class PluginCommand
{
    /// <summary>The work of a command once its input is checked.</summary>
    public delegate Task<int> Work(IPluginClient client, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    public static void SetAction(Command command, Func<ParseResult, Work> prepare)
    {
        var connection = new PluginConnection();
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var work = prepare(parse);
                var client = connection.Open(parse);
                await using (client.ConfigureAwait(false))
                {
                    return await work(client, output, error, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (Describe(ex) is { } message)
            {
                await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
                return 1;
            }
        });
    }

    private static string? Describe(Exception exception) => exception switch
    {
        CliException e => e.Message,
        OptionsValidationException e => $"the configuration is not valid: {string.Join("; ", e.Failures)}",
        IOException e => $"cannot read the plugins folder: {e.Message}",
        UnauthorizedAccessException e => $"cannot read the plugins folder: {e.Message}",
        _ => null,
    };
}
