using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Migrations;

/// <summary>
/// Brings the database to the schema this build knows: applies each missing script in version order, each in its
/// own transaction with its row in <c>schema_migrations</c>, and refuses a database written by a newer build.
/// </summary>
internal sealed class SqliteMigrator(SqliteConnectionFactory connections, TimeProvider clock, ILogger<SqliteMigrator> logger)
{
    private readonly Lock _lock = new();
    private readonly IReadOnlyList<Migration> _migrations = MigrationScripts.All;
    private volatile bool _migrated;

    /// <summary>The newest schema version this build knows.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Applies the missing migrations. Returns the versions applied (none when already up to date).</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var applied = Migrate();
            _migrated = true;
            return Task.FromResult<IReadOnlyList<int>>(applied);
        }
    }

    /// <summary>Migrates once per process; after that, a field read. Stores call it so that tools which never start the host still get a schema.</summary>
    public Task EnsureMigratedAsync(CancellationToken cancellationToken = default)
    {
        if (_migrated) return Task.CompletedTask;
        cancellationToken.ThrowIfCancellationRequested();
        EnsureMigrated();
        return Task.CompletedTask;
    }

    /// <summary>The synchronous form of <see cref="EnsureMigratedAsync"/>.</summary>
    public void EnsureMigrated()
    {
        if (_migrated) return;
        lock (_lock)
        {
            if (_migrated) return;
            Migrate();
            _migrated = true;
        }
    }

    private List<int> Migrate()
    {
        using var connection = connections.Open();
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
        var done = connection.Query<long>("SELECT version FROM schema_migrations").Select(v => (int)v).ToHashSet();
        var unknown = done.Where(v => _migrations.All(m => m.Version != v)).OrderBy(v => v).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database {connections.DatabasePath} is at schema version {done.Max()}, but this build of PmoFlow only knows versions up to {LatestVersion}: " +
                "it was written by a newer PmoFlow. Run that version (or newer), or point PmoFlow:Storage at another database. " +
                "PmoFlow will not start on a schema it does not understand.");

        var applied = new List<int>();
        foreach (var migration in _migrations.Where(m => !done.Contains(m.Version)))
        {
            if (Apply(connection, migration)) applied.Add(migration.Version);
        }
        logger.DatabaseReady(connections.DatabasePath, LatestVersion);
        return applied;
    }

    private bool Apply(SqliteConnection connection, Migration migration)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // Another process may have applied it between our read and our write lock.
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { migration.Version }, transaction) > 0)
            return false;
        // The script is an embedded resource of this assembly, never user input.
        connection.Execute(migration.Sql, transaction: transaction);
        connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
            new { migration.Version, migration.Name, At = Db.Time(clock.GetUtcNow()) }, transaction);
        transaction.Commit();
        logger.MigrationApplied(migration.Version, migration.Name, connections.DatabasePath);
        return true;
    }
}
