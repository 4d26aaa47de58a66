using PmoFlow.Core.Access;

namespace PmoFlow.Server.Access.FirstKey;

/// <summary>
/// On a start with no key in force (a new database, or every key revoked), creates an admin key and writes it to <see cref="AdminKeyFile"/>, so a new server is
/// usable at once (<c>KEY=$(cat data/admin.key)</c>) without ever being open. The log names the file, never the key.
/// </summary>
internal sealed class FirstAdminKeyService(IApiKeyStore keys, AdminKeyFile file, ILogger<FirstAdminKeyService> logger) : IHostedService
{
    /// <summary>The name of the key, and the actor the audit trail records for its creation.</summary>
    public const string KeyName = "admin";
    public const string Actor = "first-start";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var created = await keys.CreateFirstAsync(KeyName, Actor, cancellationToken);
        if (created is null) return;
        try
        {
            file.Write(created.Key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nobody will ever see this key: revoke it (the next start makes another) and stop, saying what to do.
            await keys.RevokeAsync(created.Info.Id, Actor, cancellationToken);
            throw new InvalidOperationException(
                $"PmoFlow created its first admin key but could not write it to {file.Path} ({ex.Message}). Make the folder writable and start again, " +
                $"or set {AccessOptions.SectionName}:AdminKeyFile, or create an admin key on this machine with: pmoflow keys create --role admin --name NAME", ex);
        }
        logger.FirstAdminKeyWritten(created.Info.Id, file.Path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
