namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>Reads a rule pack from a folder: its <c>*.csx</c> files and the test cases in its <c>tests</c> folder.</summary>
internal static class RuleFolder
{
    public const string TestsFolder = "tests";

    public static RulePackSource Read(string folder, string? name = null)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"The rule folder '{full}' does not exist.");
        var files = Directory.EnumerateFiles(full, "*.csx", SearchOption.TopDirectoryOnly)
            .Select(path => new RuleFile(Path.GetFileName(path), File.ReadAllText(path)));
        var testsFolder = Path.Combine(full, TestsFolder);
        var tests = Directory.Exists(testsFolder)
            ? Directory.EnumerateFiles(testsFolder, "*.json", SearchOption.TopDirectoryOnly).Select(path => new RuleTestFile(Path.GetFileName(path), File.ReadAllText(path)))
            : [];
        return new RulePackSource(name ?? NameOf(full), full, [.. files], [.. tests]);
    }

    /// <summary>A pack name from a folder's name: lower case, anything else than letters, digits, '.', '-' and '_' as '-'.</summary>
    public static string NameOf(string folder)
    {
        var raw = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)).ToLowerInvariant();
        var name = new string([.. raw.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]).Trim('-', '.', '_');
        return RulePackSource.IsValidName(name) ? name : "rules";
    }
}
