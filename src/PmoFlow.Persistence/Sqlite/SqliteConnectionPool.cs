namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// Keeps a few open <see cref="PreparedConnection"/>s between calls, most recently used first, so the statements a
/// call needs are usually prepared already. Microsoft.Data.Sqlite's own pool keeps the native connection but not the
/// commands; this one keeps both. Connections beyond <see cref="MaxIdle"/> are closed on return.
/// </summary>
internal sealed class SqliteConnectionPool(SqliteConnectionFactory factory) : IDisposable
{
    private const int MaxIdle = 8;
    private readonly Lock _lock = new();
    private readonly Stack<PreparedConnection> _idle = new();
    private bool _disposed;

    public PreparedConnection Rent()
    {
        lock (_lock)
        {
            // After Dispose (the host shutting down) a call still works, on a connection closed when it returns.
            if (_idle.TryPop(out var connection)) return connection;
        }
        return new PreparedConnection(factory.Open());
    }

    /// <summary>Takes a connection back; one left inside a transaction (its rollback failed) is closed instead.</summary>
    public void Return(PreparedConnection connection)
    {
        if (connection.Connection.State == System.Data.ConnectionState.Open && !connection.InTransaction)
        {
            lock (_lock)
            {
                if (!_disposed && _idle.Count < MaxIdle)
                {
                    _idle.Push(connection);
                    return;
                }
            }
        }
        connection.Dispose();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            while (_idle.TryPop(out var connection)) connection.Dispose();
        }
    }
}
