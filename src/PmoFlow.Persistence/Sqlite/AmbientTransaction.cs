namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// The transaction <see cref="SqliteDatabase.RunAsync{T}"/> opened, which the store calls on its async flow join.
/// It refuses a call from a second thread while one is running (a connection is not thread-safe), and once the
/// run ends it is closed, so work that escaped the run cannot use the connection after it went back to the pool.
/// </summary>
/// <remarks>
/// A write that fails inside the run may have left part of its changes behind, so it condemns the whole run: the
/// run rolls back even if the work caught the exception. A savepoint per write would undo just that write, but it
/// makes SQLite copy every page the write touches into a sub-journal, which measured about 130 µs per engine pass.
/// </remarks>
internal sealed class AmbientTransaction(DbSession session)
{
    private int _owner;

    public bool IsOpen { get; private set; } = true;

    /// <summary>The first write that failed inside the run, if any: the run must not commit.</summary>
    public Exception? FailedWrite { get; private set; }

    public T Join<T>(Func<DbSession, T> work, bool write)
    {
        var thread = Environment.CurrentManagedThreadId;
        var owner = Interlocked.CompareExchange(ref _owner, thread, 0);
        if (owner != 0 && owner != thread)
            throw new InvalidOperationException("Two store calls ran at once inside one store transaction (IStoreTransactions.RunAsync); make them one after the other.");
        try
        {
            return work(session);
        }
        catch (Exception ex) when (write)
        {
            FailedWrite ??= ex;
            throw;
        }
        finally
        {
            if (owner == 0) Volatile.Write(ref _owner, 0);
        }
    }

    public void Close() => IsOpen = false;
}
