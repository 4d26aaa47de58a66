using System.Globalization;
using System.Text;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// Parameter lists for statements that carry several rows at once (<c>VALUES (@p0, @p1), (@p2, @p3)</c>). One SQL
/// text per row count, built once, so each count is prepared once per connection.
/// </summary>
internal sealed class SqlLists(string head, int columns, string tail = "")
{
    /// <summary>The most rows one statement carries; callers split longer lists.</summary>
    public const int MaxRows = 32;

    private static readonly string[] Names = [.. Enumerable.Range(0, MaxRows * 8).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture))];
    private readonly string?[] _texts = new string?[MaxRows + 1];

    public static string Parameter(int index) => index < Names.Length ? Names[index] : "@p" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The statement for <paramref name="rows"/> rows: each row a parenthesized tuple when there are several columns.</summary>
    public string Text(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, MaxRows);
        return _texts[rows] ??= Build(rows);
    }

    private string Build(int rows)
    {
        var sql = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) sql.Append(", ");
            if (columns > 1) sql.Append('(');
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append(Parameter((r * columns) + c));
            }
            if (columns > 1) sql.Append(')');
        }
        return sql.Append(tail).ToString();
    }
}
