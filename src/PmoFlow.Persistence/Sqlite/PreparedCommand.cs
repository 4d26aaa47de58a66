using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// One SQL text on one connection, compiled by SQLite once and re-run with new parameter values: Microsoft.Data.Sqlite
/// keeps a command's prepared statements until its text or connection changes. Parameters are bound from the
/// properties of a parameter object whose names the SQL uses, or by position to <c>@p0</c>, <c>@p1</c>... (statements
/// of several rows, see <see cref="SqlLists"/>); rows are read with Dapper's mapping.
/// </summary>
internal sealed class PreparedCommand(SqliteCommand command) : IDisposable
{
    private Type? _parameterType;
    private (Func<object, object> Get, SqliteParameter Parameter)[] _bindings = [];
    private Type? _rowType;
    private Delegate? _rowParser;

    /// <summary>The command, in <paramref name="transaction"/>, bound to <paramref name="param"/>'s values.</summary>
    public SqliteCommand Bind(SqliteTransaction transaction, object? param)
    {
        command.Transaction = transaction;
        var type = param?.GetType();
        if (type != _parameterType) Rebind(type);
        foreach (var (get, parameter) in _bindings) parameter.Value = get(param!);
        return command;
    }

    /// <summary>The command, in <paramref name="transaction"/>, with <c>@p0</c>... bound to <paramref name="values"/> in order.</summary>
    public SqliteCommand Bind(SqliteTransaction transaction, ReadOnlySpan<object?> values)
    {
        command.Transaction = transaction;
        if (_parameterType != typeof(Positional) || command.Parameters.Count != values.Length)
        {
            command.Parameters.Clear();
            for (var i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter(SqlLists.Parameter(i), DBNull.Value));
            _bindings = [];
            _parameterType = typeof(Positional);
        }
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    /// <summary>Dapper's row parser for <typeparamref name="T"/>, built once: the columns of one SQL text do not change.</summary>
    public Func<DbDataReader, T> RowParser<T>(DbDataReader reader)
    {
        if (_rowType != typeof(T))
        {
            _rowParser = reader.GetRowParser<T>();
            _rowType = typeof(T);
        }
        return (Func<DbDataReader, T>)_rowParser!;
    }

    public void Dispose() => command.Dispose();

    /// <summary>Marks a command bound by position, so binding a parameter object to it afterwards rebuilds its parameters.</summary>
    private sealed class Positional;

    private void Rebind(Type? type)
    {
        command.Parameters.Clear();
        var sql = command.CommandText;
        _bindings = type is null
            ? []
            : ParameterAccessors.For(type)
                // As Dapper does: only the properties the SQL names, so a parameter object may carry more.
                .Where(a => sql.Contains("@" + a.Name, StringComparison.Ordinal))
                .Select(a => (a.Get, command.Parameters.Add(new SqliteParameter("@" + a.Name, DBNull.Value))))
                .ToArray();
        _parameterType = type;
    }
}
