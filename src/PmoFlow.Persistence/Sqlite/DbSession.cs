using System.Collections;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// One open transaction. Microsoft.Data.Sqlite refuses a command without the pending transaction, so every query
/// goes through here rather than through the connection. Each SQL text runs as a command prepared once per
/// connection (<see cref="PreparedConnection"/>); parameters come from an object's properties, as with Dapper, and
/// rows are mapped by Dapper.
/// </summary>
internal sealed class DbSession(PreparedConnection connection, SqliteTransaction transaction)
{
    /// <summary>Runs a statement; a sequence of parameter objects runs it once per item. Returns the rows changed.</summary>
    public int Execute(string sql, object? param = null)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            if (param is IEnumerable items and not string)
            {
                var changed = 0;
                foreach (var item in items) changed += command.Bind(transaction, item).ExecuteNonQuery();
                return changed;
            }
            return command.Bind(transaction, param).ExecuteNonQuery();
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    /// <summary>Runs a statement whose parameters are <c>@p0</c>, <c>@p1</c>... (<see cref="SqlLists"/>), bound to <paramref name="values"/> in order.</summary>
    public int ExecutePositional(string sql, ReadOnlySpan<object?> values)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            return command.Bind(transaction, values).ExecuteNonQuery();
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    public List<T> Query<T>(string sql, object? param = null)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            using var reader = command.Bind(transaction, param).ExecuteReader();
            var rows = new List<T>();
            if (IsValue<T>())
            {
                while (reader.Read()) rows.Add(Value<T>(reader)!);
                return rows;
            }
            if (!reader.Read()) return rows;
            var parse = command.RowParser<T>(reader);
            do rows.Add(parse(reader));
            while (reader.Read());
            return rows;
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    /// <summary>Runs a query and hands its reader to <paramref name="read"/>, for rows no single row type describes.</summary>
    public T Read<T>(string sql, object? param, Func<SqliteDataReader, T> read)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            using var reader = command.Bind(transaction, param).ExecuteReader();
            return read(reader);
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    /// <summary>The one row, or default when there is none; more than one is an error (as Dapper's).</summary>
    public T? QuerySingleOrDefault<T>(string sql, object? param = null)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            using var reader = command.Bind(transaction, param).ExecuteReader();
            if (!reader.Read()) return default;
            var row = IsValue<T>() ? Value<T>(reader) : command.RowParser<T>(reader)(reader);
            if (reader.Read()) throw new InvalidOperationException("Sequence contains more than one element");
            return row;
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    /// <summary>The first column of the first row, or default when there is no row.</summary>
    public T? Scalar<T>(string sql, object? param = null)
    {
        var command = connection.Command(sql, out var owned);
        try
        {
            using var reader = command.Bind(transaction, param).ExecuteReader();
            return reader.Read() ? Value<T>(reader) : default;
        }
        finally
        {
            if (owned) command.Dispose();
        }
    }

    private static bool IsValue<T>()
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(byte[]);
    }

    /// <summary>Column 0 as <typeparamref name="T"/>: SQLite integers are long, so an int or a nullable asks for a conversion.</summary>
    private static T? Value<T>(SqliteDataReader reader)
    {
        var value = reader.GetValue(0);
        if (value is DBNull) return default;
        if (value is T typed) return typed;
        return (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }
}
