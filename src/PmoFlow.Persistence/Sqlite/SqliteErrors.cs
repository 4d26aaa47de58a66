using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>Recognizes constraint failures by SQLite's extended result codes.</summary>
internal static class SqliteErrors
{
    private const int Constraint = 19;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;
    private const int ConstraintForeignKey = 787;

    /// <summary>A UNIQUE or PRIMARY KEY violation: the row already exists.</summary>
    public static bool IsDuplicate(SqliteException exception) =>
        exception.SqliteErrorCode == Constraint && exception.SqliteExtendedErrorCode is ConstraintPrimaryKey or ConstraintUnique;

    /// <summary>A FOREIGN KEY violation: a row names a parent that does not exist.</summary>
    public static bool IsMissingParent(SqliteException exception) =>
        exception.SqliteErrorCode == Constraint && exception.SqliteExtendedErrorCode == ConstraintForeignKey;
}
