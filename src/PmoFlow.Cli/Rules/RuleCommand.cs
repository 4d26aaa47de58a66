using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.Options;
using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Ports;

namespace PmoFlow.Cli.Rules;

/// <summary>
/// Runs a rule or replay command: check its input first, then do the work (on a folder alone, or through the local
/// database or the server), and turn every failure the user can act on into <c>error: ...</c> and exit 1.
/// </summary>
internal static class RuleCommand
{
    /// <summary>Work that needs no database: <c>rules check</c>, <c>rules test</c>.</summary>
    public delegate Task<int> LocalWork(TextWriter output, TextWriter error, CancellationToken cancellationToken);

    /// <summary>Work on the local database or the server.</summary>
    public delegate Task<int> ConnectedWork(IRulesClient client, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    public static void SetAction(Command command, Func<ParseResult, LocalWork> prepare) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, (output, error) => prepare(parse)(output, error, cancellationToken)));

    /// <summary>Adds <c>--db</c>/<c>--server</c> to <paramref name="command"/> and sets its action.</summary>
    public static void SetAction(Command command, Func<ParseResult, ConnectedWork> prepare)
    {
        var connection = new PmoConnection();
        connection.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, async (output, error) =>
        {
            var work = prepare(parse);
            var (db, server) = connection.Read(parse);
            IRulesClient client = server is not null
                ? new HttpRulesClient(HttpPmoClient.ServerUri(server), HttpPmoClient.CheckedKey(connection.ApiKey(parse)))
                : await LocalRulesClient.OpenAsync(db, cancellationToken).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                return await work(client, output, error, cancellationToken).ConfigureAwait(false);
            }
        }));
    }

    private static async Task<int> RunAsync(ParseResult parse, Func<TextWriter, TextWriter, Task<int>> run)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return await run(output, error).ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static string? Describe(Exception exception) => exception switch
    {
        CliException e => e.Message,
        // "No gate evaluation has id 'x'." and why an evaluation cannot be replayed, worded as the CLI words errors.
        PmoDataException e => char.ToLowerInvariant(e.Message[0]) + e.Message[1..].TrimEnd('.'),
        OptionsValidationException e => $"the configuration is not valid: {string.Join("; ", e.Failures)}",
        DbException e => $"cannot use the database: {e.Message}",
        IOException e => $"cannot read or write a file: {e.Message}",
        UnauthorizedAccessException e => $"cannot read or write a file: {e.Message}",
        _ => null,
    };
}
