using Microsoft.Data.Sqlite;

namespace PmoFlow.Persistence;

/// <summary>Where and how the SQLite store keeps its database (section <c>PmoFlow:Storage</c>).</summary>
public sealed class SqliteOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Storage";

    /// <summary>
    /// The folder of the database file. A relative path resolves against the current directory, so
    /// <c>dotnet run</c> from the repository root writes <c>./data/pmoflow.db</c>. Created when missing.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The database file name.</summary>
    public string FileName { get; set; } = "pmoflow.db";

    /// <summary>
    /// <c>NORMAL</c> (default) or <c>FULL</c>. In WAL mode NORMAL never corrupts the database and survives a killed
    /// process; only a power loss can drop the last commits. FULL also survives that, at about a third of the
    /// throughput (DESIGN.md §6: 19.6k vs 7.3k transactions per second).
    /// </summary>
    public string Synchronous { get; set; } = "NORMAL";

    /// <summary>A full connection string that overrides <see cref="DataFolder"/> and <see cref="FileName"/> (tests use a temp file).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database file's full path, or null for an in-memory or URI-named database.</summary>
    public string? DatabaseFile()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString)) return Path.GetFullPath(Path.Combine(DataFolder, FileName));
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var source = builder.DataSource;
        var isFile = builder.Mode != SqliteOpenMode.Memory && source is { Length: > 0 } && source != ":memory:" && !source.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        return isFile ? Path.GetFullPath(source) : null;
    }

    /// <summary>
    /// The folder PmoFlow keeps its files in (the database, the first admin key, the cookie encryption keys): the
    /// database file's folder, or <see cref="DataFolder"/> for a database that is not a file. Absolute.
    /// </summary>
    public string ResolveDataFolder() => DatabaseFile() is { } file ? Path.GetDirectoryName(file)! : Path.GetFullPath(DataFolder);
}
