using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Ports;

namespace PmoFlow.Cli.Pmo;

/// <summary>
/// Runs a PMO command: read and check its input first (so bad input never opens a database), then open the local
/// database or the server, do the work, and turn every failure the user can act on into <c>error: ...</c> and exit 1.
/// </summary>
internal static class PmoCommand
{
    /// <summary>The work of a command once its input is checked.</summary>
    public delegate Task<int> Work(IPmoClient client, TextWriter output, CancellationToken cancellationToken);

    /// <summary>Adds <c>--db</c>/<c>--server</c> to <paramref name="command"/> and sets its action; <paramref name="prepare"/> checks the input and returns the work.</summary>
    public static void SetAction(Command command, Func<ParseResult, Work> prepare)
    {
        var connection = new PmoConnection();
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var work = prepare(parse);
                var client = await connection.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
                await using (client.ConfigureAwait(false))
                {
                    return await work(client, output, cancellationToken).ConfigureAwait(false);
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
        // The store's "No service 'x'." worded as the CLI words it elsewhere.
        PmoDataException { IsNotFound: true, Field: "serviceId" } e => char.ToLowerInvariant(e.Message[0]) + e.Message[1..].TrimEnd('.'),
        PmoDataException { IsNotFound: true, Field: "keyId" } e => CliException.NoKey(e.Message.Split('\'')[1]).Message,
        PmoDataException e => $"{CliOptionNames.For(e.Field)}: {e.Message}",
        OptionsValidationException e => $"the configuration is not valid: {string.Join("; ", e.Failures)}",
        DbException e => $"cannot use the database: {e.Message}",
        IOException e => $"cannot use the database: {e.Message}",
        UnauthorizedAccessException e => $"cannot use the database: {e.Message}",
        _ => null,
    };
}
