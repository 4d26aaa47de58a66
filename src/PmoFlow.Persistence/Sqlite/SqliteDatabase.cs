using PmoFlow.Persistence.Migrations;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// The stores' single way in: a migrated database and one transaction per call. Writes take the write lock up
/// front (<c>BEGIN IMMEDIATE</c>) so two writers never both read and then deadlock upgrading to write; reads use a
/// deferred transaction, which in WAL mode is a consistent snapshot that never blocks writers.
/// </summary>
/// <remarks>
/// The work is synchronous because Microsoft.Data.Sqlite is: its async methods run synchronously, so async
/// lambdas would only add allocations.
/// </remarks>
internal sealed class SqliteDatabase(SqliteConnectionFactory connections, SqliteMigrator migrator)
{
    public async Task<T> ReadAsync<T>(Func<DbSession, T> read, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return Run(read, deferred: true, cancellationToken);
    }

    public async Task<T> WriteAsync<T>(Func<DbSession, T> write, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return Run(write, deferred: false, cancellationToken);
    }

    public Task WriteAsync(Action<DbSession> write, CancellationToken cancellationToken) =>
        WriteAsync(session => { write(session); return true; }, cancellationToken);

    /// <summary>For the definition store, whose port is synchronous.</summary>
    public T Read<T>(Func<DbSession, T> read)
    {
        migrator.EnsureMigrated();
        return Run(read, deferred: true, CancellationToken.None);
    }

    /// <summary>For the definition store, whose port is synchronous.</summary>
    public void Write(Action<DbSession> write)
    {
        migrator.EnsureMigrated();
        Run(session => { write(session); return true; }, deferred: false, CancellationToken.None);
    }

    private T Run<T>(Func<DbSession, T> work, bool deferred, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred);
        var result = work(new DbSession(connection, transaction));
        transaction.Commit();
        return result;
    }
}
