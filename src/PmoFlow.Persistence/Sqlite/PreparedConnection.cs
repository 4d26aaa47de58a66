using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// An open connection with the commands it prepared, kept together between calls so that each SQL text is compiled
/// once per connection rather than once per call (Dapper creates a command, and so a statement, every time).
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    // The stores' SQL is a fixed set of texts; the cap only guards against a caller building texts from values.
    private const int MaxCommands = 256;
    private readonly Dictionary<string, PreparedCommand> _commands = new(StringComparer.Ordinal);
    // The stores' SQL texts are constants, so the same text is usually the same string: found by reference, a lookup
    // hashes no characters (a pass runs some 25 statements of up to 400 characters each).
    private readonly Dictionary<string, PreparedCommand> _byReference = new(ReferenceEqualityComparer.Instance);

    public SqliteConnection Connection => connection;

    /// <summary>Whether a transaction is still open (a failed rollback): such a connection must not be reused.</summary>
    public bool InTransaction => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    /// <summary>
    /// The prepared command for <paramref name="sql"/>; <paramref name="owned"/> when the cache is full and the caller
    /// disposes it after use.
    /// </summary>
    public PreparedCommand Command(string sql, out bool owned)
    {
        owned = false;
        if (_byReference.TryGetValue(sql, out var prepared)) return prepared;
        if (!_commands.TryGetValue(sql, out prepared))
        {
            var command = connection.CreateCommand();
#pragma warning disable CA2100 // The stores' own SQL; values always travel as parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            prepared = new PreparedCommand(command);
            if (_commands.Count >= MaxCommands)
            {
                owned = true;
                return prepared;
            }
            _commands.Add(sql, prepared);
        }
        // Capped too: a text built anew on every call would otherwise add a reference each time.
        if (_byReference.Count < MaxCommands) _byReference[sql] = prepared;
        return prepared;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        _byReference.Clear();
        connection.Dispose();
    }
}
