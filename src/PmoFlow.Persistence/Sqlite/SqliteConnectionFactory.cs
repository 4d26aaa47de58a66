using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>Opens connections to the one database file, each with the same pragmas.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnectionFactory(IOptions<SqliteOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        // An explicit connection string is taken as given (its mode, pooling, password...).
        var builder = string.IsNullOrWhiteSpace(o.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(Path.Combine(o.DataFolder, o.FileName)), Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }
            : new SqliteConnectionStringBuilder(o.ConnectionString);
        _connectionString = builder.ToString();
        DatabasePath = builder.DataSource;

        if (o.DatabaseFile() is { } file) Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        // Synchronous is validated to NORMAL or FULL, so it is safe to put in the pragma text (pragmas take no parameters).
        var synchronous = string.Equals(o.Synchronous, "FULL", StringComparison.OrdinalIgnoreCase) ? "FULL" : "NORMAL";
        // Per connection: synchronous, foreign_keys and busy_timeout do not persist in the file; journal_mode does,
        // but setting it again is a no-op that guarantees WAL even for a file some other tool created.
        _pragmas = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
    }

    /// <summary>The database file (or <c>:memory:</c>), for messages.</summary>
    public string DatabasePath { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A constant built in the constructor from a validated enum-like option; no user values.
            command.CommandText = _pragmas;
#pragma warning restore CA2100
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
