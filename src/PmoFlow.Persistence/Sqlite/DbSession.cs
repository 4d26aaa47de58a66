using Dapper;
using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// One open transaction. Microsoft.Data.Sqlite refuses a command without the pending transaction, so every query
/// goes through here rather than through the connection.
/// </summary>
internal sealed class DbSession(SqliteConnection connection, SqliteTransaction transaction)
{
    public int Execute(string sql, object? param = null) => connection.Execute(sql, param, transaction);

    public List<T> Query<T>(string sql, object? param = null) => connection.Query<T>(sql, param, transaction).AsList();

    public T? QuerySingleOrDefault<T>(string sql, object? param = null) => connection.QuerySingleOrDefault<T>(sql, param, transaction);

    public T? Scalar<T>(string sql, object? param = null) => connection.ExecuteScalar<T>(sql, param, transaction);
}
