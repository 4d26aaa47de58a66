using Microsoft.Extensions.Hosting;

namespace PmoFlow.Persistence.Migrations;

/// <summary>
/// Migrates at host start, before the other hosted services (it is registered first), so a database newer than the
/// build stops the host at once instead of failing at the first request.
/// </summary>
internal sealed class SqliteMigrationService(SqliteMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
