namespace PmoFlow.Tests.Plugins;

/// <summary>
/// A plugins folder of a test's own, filled with the fixture plugins (tests/PluginFixtures) the way an admin drops
/// plugins in. The fixtures are built into the test's output, under <c>plugin-fixtures/</c>.
/// </summary>
internal sealed class FixturePlugins : IDisposable
{
    public const string Good = "Fixture.Good";
    public const string GoodV2 = "Fixture.Good.V2";
    public const string Faulty = "Fixture.Faulty";
    public const string BadRules = "Fixture.BadRules";

    /// <summary>The id of <see cref="Good"/> (and <see cref="GoodV2"/>), an industry plugin for <c>construction</c>.</summary>
    public const string GoodId = "fixture-good";

    public FixturePlugins() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pmoflow-plugins", Guid.NewGuid().ToString("N"));

    /// <summary>Copies a fixture into <c>Root/folder</c>, replacing what was there; returns the folder.</summary>
    public string Add(string fixture, string? folder = null)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", fixture);
        if (!Directory.Exists(source)) throw new DirectoryNotFoundException($"Fixture {fixture} was not built into {source}; build the test project.");
        var target = Path.Combine(Root, folder ?? fixture);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Something may still be letting go of a file; the OS cleans the temp folder.
        }
    }
}
