namespace PmoFlow.Cli.Tests.Rules;

/// <summary>A rule pack folder of the test's own, deleted afterwards; files are written as a user would save them.</summary>
internal sealed class RuleFolder : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pmoflow-cli-rules", Guid.NewGuid().ToString("N"))).FullName;

    public RuleFolder(string name = "acme") => Directory.CreateDirectory(Path = System.IO.Path.Combine(_root, name));

    public string Path { get; }

    public static string DefaultRules => System.IO.Path.Combine(Support.CliRunner.RepositoryRoot(), "workflows", "rules");

    /// <summary>A copy of the default pack (workflows/rules, with its tests), to change.</summary>
    public static RuleFolder CopyOfDefault(string name = "acme")
    {
        var folder = new RuleFolder(name);
        foreach (var file in Directory.GetFiles(DefaultRules, "*.csx")) File.Copy(file, System.IO.Path.Combine(folder.Path, System.IO.Path.GetFileName(file)));
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "tests"));
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(DefaultRules, "tests"), "*.json"))
            File.Copy(file, System.IO.Path.Combine(folder.Path, "tests", System.IO.Path.GetFileName(file)));
        return folder;
    }

    /// <summary>Writes a rule with a four-line header, so its body starts on line 5.</summary>
    public void WriteRule(string id, string body, string gates = "gate-5-6") =>
        Write(id + ".csx", $"// rule: {id}\n// gates: {gates}\n// version: 1\n// description: {id}, a test rule\n{body}");

    public void Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Replace(string relativePath, string from, string to)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
