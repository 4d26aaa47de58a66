using System.Text.RegularExpressions;

namespace PmoFlow.Hosting.Rules;

/// <summary>
/// A rule pack as text: its <c>.csx</c> rule files and, optionally, the test cases stored beside them. What
/// <c>pmoflow rules check|test|whatif DIR</c> reads from a folder and <c>POST /api/rules/whatif</c> takes as its body.
/// </summary>
/// <param name="Name">The pack's name (lower-case letters, digits, '.', '-', '_'); what-if candidates are cited as <c>rules/{name}@sha256:…</c>.</param>
/// <param name="Files">Each rule file's name (<c>onboarding.csx</c>) and text.</param>
public sealed partial record RulePackFiles(string Name, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The most rule files a pack sent over the API may have.</summary>
    public const int MaxFiles = 500;

    /// <summary>The longest rule file, in characters, a pack sent over the API may have.</summary>
    public const int MaxFileLength = 1_000_000;

    /// <summary>Where the pack came from, for people (a folder, <c>request</c>).</summary>
    public string Origin { get; init; } = "request";

    /// <summary>Test case files by name (<c>onboarding.json</c>), as stored in the pack's <c>tests</c> folder.</summary>
    public IReadOnlyDictionary<string, string> Tests { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads a rule pack from a folder: its <c>*.csx</c> files and its <c>tests/*.json</c>; the pack is named after the folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static RulePackFiles ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return RuleViews.Files(Scripting.Rules.Sources.RuleFolder.Read(folder));
    }

    /// <summary>
    /// What is wrong with the pack as input, each problem with the field it concerns as the API's JSON names it
    /// (<c>name</c>, <c>files</c>, <c>files['x.csx']</c>); empty when it can be compiled. Compile errors are not input errors.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Validate()
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (!Scripting.Rules.Sources.RulePackSource.IsValidName(Name))
            Add("name", $"'{Name}' is not a valid pack name: use 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.");
        if (Files is null || Files.Count == 0)
        {
            Add("files", "'files' is required: an object with each rule file's name and text, such as {\"onboarding.csx\": \"// rule: onboarding ...\"}.");
            return problems;
        }
        if (Files.Count > MaxFiles) Add("files", $"A pack may have at most {MaxFiles} rule files (it has {Files.Count}).");
        foreach (var (name, text) in Files)
        {
            var field = $"files['{name}']";
            if (!FileNamePattern().IsMatch(name ?? ""))
                Add(field, $"'{name}' is not a rule file name: a name ending in .csx, without path separators, quotes or control characters (such as onboarding.csx).");
            else if (text is null)
                Add(field, "The file's text is required.");
            else if (text.Length > MaxFileLength)
                Add(field, $"A rule file may have at most {MaxFileLength:N0} characters (it has {text.Length:N0}).");
        }
        return problems;

        void Add(string field, string message) => problems.Add(new(field, message));
    }

    // The name goes into the compiled rule's #line directive and stack traces: one line, no quotes, no path.
    [GeneratedRegex(@"^[^/\\""\x00-\x1f\x7f]{1,96}\.csx$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
