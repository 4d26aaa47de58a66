using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PmoFlow.Persistence;

/// <summary>Refuses options that would only fail later, at the first query, with a less helpful message.</summary>
internal sealed class SqliteOptionsValidator : IValidateOptions<SqliteOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.Equals(options.Synchronous, "NORMAL", StringComparison.OrdinalIgnoreCase) && !string.Equals(options.Synchronous, "FULL", StringComparison.OrdinalIgnoreCase))
            failures.Add($"{SqliteOptions.SectionName}:Synchronous must be NORMAL or FULL (was '{options.Synchronous}').");

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                if (string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource))
                    failures.Add($"{SqliteOptions.SectionName}:ConnectionString has no Data Source.");
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{SqliteOptions.SectionName}:ConnectionString is not a valid SQLite connection string: {ex.Message}");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.DataFolder))
                failures.Add($"{SqliteOptions.SectionName}:DataFolder is required.");
            else if (options.DataFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
                failures.Add($"{SqliteOptions.SectionName}:DataFolder '{options.DataFolder}' is not a valid path.");
            if (string.IsNullOrWhiteSpace(options.FileName) || options.FileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                failures.Add($"{SqliteOptions.SectionName}:FileName must be a plain file name (was '{options.FileName}').");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
