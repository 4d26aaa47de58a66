using Microsoft.Extensions.Options;
using PmoFlow.Persistence;

namespace PmoFlow.Server.Access.FirstKey;

/// <summary>Where the first admin key goes, and how it is written: readable and writable by the server's user only.</summary>
internal sealed class AdminKeyFile(IOptions<AccessOptions> access, IOptions<SqliteOptions> storage)
{
    /// <summary>The file's name in the data folder when <see cref="AccessOptions.AdminKeyFile"/> is unset.</summary>
    public const string DefaultName = "admin.key";

    /// <summary>The full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(access.Value.AdminKeyFile ?? System.IO.Path.Combine(storage.Value.ResolveDataFolder(), DefaultName));

    /// <summary>
    /// Writes the key and a newline. A file left from an earlier database is replaced (its key matches nothing now); it is
    /// deleted first because the owner-only mode applies only when the file is created.
    /// </summary>
    public void Write(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.Delete(Path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(Path, options);
        writer.Write(key + "\n");
    }
}
