using System.Globalization;
using System.Reflection;

namespace PmoFlow.Persistence.Migrations;

/// <summary>Reads the migration scripts embedded in this assembly, in version order.</summary>
internal static class MigrationScripts
{
    private const string Prefix = "PmoFlow.Persistence.Migrations.";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static Migration[] Load()
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(m => m.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            // A gap or a duplicate means a script was misnamed; failing here beats skipping a version at an upgrade.
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Migration scripts must be numbered 1, 2, 3... without gaps; found {migrations[i].Version:D4}_{migrations[i].Name} at position {i + 1}.");
        }
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var separator = file.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(file[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new InvalidOperationException($"Migration script '{file}.sql' must be named NNNN_name.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, file[(separator + 1)..], reader.ReadToEnd());
    }
}
