using System.CommandLine;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Access;

namespace PmoFlow.Cli.Commands;

/// <summary>
/// <c>pmoflow keys create|list|revoke</c>: the API keys that guard the server, on the local database (the server's
/// machine, no key needed) or through a running server with an admin's key (<c>--server URL --api-key KEY</c>).
/// </summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var command = new Command("keys", "API keys: create one for a role, list them, revoke one.");
        command.Subcommands.Add(CreateCommand());
        command.Subcommands.Add(ListCommand());
        command.Subcommands.Add(RevokeCommand());
        return command;
    }

    private static Command CreateCommand()
    {
        var role = new Option<string>("--role") { Description = $"What the key may do: {PmoRoles.Choices}.", Required = true };
        var name = new Option<string>("--name") { Description = "Who or what holds it (a person, a script); the audit trail records it as the actor.", Required = true };
        var command = new Command("create", "Create an API key and print it once: PmoFlow keeps only its hash.");
        command.Options.Add(role);
        command.Options.Add(name);
        PmoCommand.SetAction(command, parse =>
        {
            var (keyName, keyRole) = Check(parse.GetValue(name), parse.GetValue(role));
            var notes = parse.InvocationConfiguration.Error;
            return async (client, output, cancellationToken) =>
            {
                var created = await client.CreateKeyAsync(keyName, keyRole, cancellationToken).ConfigureAwait(false);
                // The key alone on standard output, so KEY=$(pmoflow keys create ...) captures exactly it.
                await output.WriteLineAsync(created.Key).ConfigureAwait(false);
                await notes.WriteLineAsync($"created API key {created.ApiKey.Id} for {created.ApiKey.Name} ({created.ApiKey.Role}); " +
                    "this is the only time it is shown, so store it now").ConfigureAwait(false);
                return 0;
            };
        });
        return command;
    }

    private static Command ListCommand()
    {
        var command = new Command("list", "List the API keys and open browser sessions, never their secrets.");
        PmoCommand.SetAction(command, _ => async (client, output, cancellationToken) =>
        {
            var keys = await client.ListKeysAsync(cancellationToken).ConfigureAwait(false);
            var table = new TextTable("ID", "NAME", "ROLE", "STATE", "CREATED", "LAST USED", "SESSION OF");
            foreach (var key in keys)
                table.Add(key.Id, key.Name, key.Role, State(key), ServiceText.Time(key.CreatedAt), key.LastUsedAt is { } used ? ServiceText.Time(used) : "never", key.SessionOf ?? "");
            table.WriteTo(output);
            await output.WriteLineAsync($"{keys.Count(k => k.Active)} of {keys.Count} in force").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command RevokeCommand()
    {
        var id = new Argument<string>("KEY-ID") { Description = "The key's id (the ID column of 'keys list'; in a key, the part after pmo_)." };
        var command = new Command("revoke", "Revoke an API key and its browser sessions; the next request with them fails.");
        command.Arguments.Add(id);
        PmoCommand.SetAction(command, parse =>
        {
            var keyId = parse.GetValue(id)!.Trim();
            return async (client, output, cancellationToken) =>
            {
                var key = await client.RevokeKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"revoked API key {key.Id} of {key.Name} ({key.Role}) at {ServiceText.Time(key.RevokedAt!.Value)}, with its browser sessions")
                    .ConfigureAwait(false);
                return 0;
            };
        });
        return command;
    }

    private static (string Name, PmoRole Role) Check(string? name, string? role)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new CliException("--name: a key needs a name saying who holds it");
        if (name.Trim().Length > 100) throw new CliException($"--name: at most 100 characters (it has {name.Trim().Length})");
        if (!PmoRoles.TryParse(role, out var parsed)) throw new CliException($"--role: '{role}' is not a role; use one of: {PmoRoles.Choices}");
        return (name.Trim(), parsed);
    }

    private static string State(KeyView key) => key switch
    {
        { RevokedAt: { } revoked } => $"revoked {ServiceText.Time(revoked)}",
        { Active: false, ExpiresAt: { } expired } => $"expired {ServiceText.Time(expired)}",
        { ExpiresAt: { } expires } => $"until {ServiceText.Time(expires)}",
        _ => "active",
    };
}
