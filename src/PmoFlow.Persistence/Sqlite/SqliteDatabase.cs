using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Migrations;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// The stores' single way in: a migrated database and one transaction per call. Writes take the write lock up
/// front (<c>BEGIN IMMEDIATE</c>) so two writers never both read and then deadlock upgrading to write; reads use a
/// deferred transaction, which in WAL mode is a consistent snapshot that never blocks writers. Inside
/// <see cref="RunAsync{T}"/> every call joins the run's one write transaction instead.
/// </summary>
/// <remarks>
/// The work is synchronous because Microsoft.Data.Sqlite is: its async methods run synchronously, so async
/// lambdas would only add allocations.
/// </remarks>
internal sealed class SqliteDatabase(SqliteConnectionPool connections, SqliteMigrator migrator) : IStoreTransactions
{
    private readonly AsyncLocal<AmbientTransaction?> _ambient = new();

    public async Task<T> ReadAsync<T>(Func<DbSession, T> read, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return Run(read, write: false, cancellationToken);
    }

    public async Task<T> WriteAsync<T>(Func<DbSession, T> write, CancellationToken cancellationToken)
    {
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return Run(write, write: true, cancellationToken);
    }

    public Task WriteAsync(Action<DbSession> write, CancellationToken cancellationToken) =>
        WriteAsync(session => { write(session); return true; }, cancellationToken);

    /// <summary>For the definition store, whose port is synchronous.</summary>
    public T Read<T>(Func<DbSession, T> read)
    {
        migrator.EnsureMigrated();
        return Run(read, write: false, CancellationToken.None);
    }

    /// <summary>For the definition store, whose port is synchronous.</summary>
    public void Write(Action<DbSession> write)
    {
        migrator.EnsureMigrated();
        Run(session => { write(session); return true; }, write: true, CancellationToken.None);
    }

    /// <summary>
    /// One connection and one <c>BEGIN IMMEDIATE</c> for all of <paramref name="work"/>: the store calls it makes on
    /// its async flow (they complete synchronously, so the flow is never two calls at once) join it. It commits when
    /// the work returns, unless a write inside it failed (<see cref="AmbientTransaction"/>); it rolls back when the work throws.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_ambient.Value is { IsOpen: true }) return await work(cancellationToken).ConfigureAwait(false);
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = connections.Rent();
        try
        {
            using var transaction = connection.Connection.BeginTransaction(deferred: false);
            var ambient = new AmbientTransaction(new DbSession(connection, transaction));
            _ambient.Value = ambient;
            T result;
            try
            {
                result = await work(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ambient.Close();
                _ambient.Value = null;
            }
            if (ambient.FailedWrite is { } failed)
                throw new InvalidOperationException("A store write failed inside this transaction and the work carried on; nothing of the transaction was committed.", failed);
            transaction.Commit();
            return result;
        }
        finally
        {
            connections.Return(connection);
        }
    }

    private T Run<T>(Func<DbSession, T> work, bool write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_ambient.Value is { IsOpen: true } ambient) return ambient.Join(work, write);
        var connection = connections.Rent();
        try
        {
            using var transaction = connection.Connection.BeginTransaction(deferred: !write);
            var result = work(new DbSession(connection, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            connections.Return(connection);
        }
    }
}
