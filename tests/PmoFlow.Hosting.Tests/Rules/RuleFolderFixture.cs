namespace PmoFlow.Hosting.Tests.Rules;

/// <summary>A rule folder and a rule cache folder of a test's own, with the settings that point PmoFlow at them.</summary>
internal sealed class RuleFolderFixture : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pmoflow-rules-host", Guid.NewGuid().ToString("N"))).FullName;

    public RuleFolderFixture() => Directory.CreateDirectory(Rules);

    public string Rules => Path.Combine(_root, "acme");

    public string Cache => Path.Combine(_root, "cache");

    /// <summary>The folder as pack "acme", not watched (tests reload by hand), with its own cache folder.</summary>
    public Dictionary<string, string?> Settings(bool useDefaultPack = true) => new()
    {
        ["PmoFlow:Rules:Folder"] = Rules,
        ["PmoFlow:Rules:PackName"] = "acme",
        ["PmoFlow:Rules:Watch"] = "false",
        ["PmoFlow:Rules:CacheFolder"] = Cache,
        ["PmoFlow:Rules:UseDefaultPack"] = useDefaultPack ? "true" : "false",
    };

    /// <summary>Writes a gate 1→2 rule requiring the sponsor to be one of the named customers' names.</summary>
    public void WriteSponsorRule(params string[] sponsors) => File.WriteAllText(Path.Combine(Rules, "sponsor.csx"), $$"""
        // rule: sponsor
        // gates: gate-1-2
        // version: {{sponsors.Length}}
        // description: the sponsor is one of the accepted sponsors
        string[] accepted = [{{string.Join(", ", sponsors.Select(s => $"\"{s}\""))}}];
        Read("sponsor", Service.Sponsor);
        Require("accepted-sponsor", "the sponsor is an accepted sponsor", Service.Sponsor, "one of: " + string.Join(", ", accepted),
            passed: accepted.Contains(Service.Sponsor), missing: "name an accepted sponsor", kind: ClauseKind.Blocked);
        """);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the OS cleans temp eventually.
        }
    }
}
