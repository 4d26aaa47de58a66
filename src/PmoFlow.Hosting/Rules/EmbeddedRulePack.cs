using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules;
using PmoFlow.Scripting.Rules.Registry;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Hosting.Rules;

/// <summary>
/// The default rule pack: workflows/rules, embedded in this assembly like the default flywheel, so a fresh install
/// decides the ten gates with no files to copy. Asked last: a configured folder's rules come first.
/// </summary>
internal sealed class EmbeddedRulePack(IOptions<RuleOptions> options) : IRulePackProvider
{
    public const string PackName = "default";
    private const string Prefix = "PmoFlow.Hosting.rules.";
    private const string TestsPrefix = Prefix + "tests.";

    private static readonly Lazy<RulePackSource> Source = new(ReadResources);

    public string Name => PackName;

    public string Origin => "embedded in PmoFlow.Hosting (workflows/rules)";

    public int Order => 1000;

    public bool IsEnabled => options.Value.UseDefaultPack;

    public string? WatchFolder => null;

    public RulePackSource Read() => Source.Value;

    private static RulePackSource ReadResources()
    {
        var assembly = typeof(EmbeddedRulePack).Assembly;
        var names = assembly.GetManifestResourceNames();
        var files = names.Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && !n.StartsWith(TestsPrefix, StringComparison.Ordinal) && n.EndsWith(".csx", StringComparison.Ordinal))
            .Select(n => new RuleFile(n[Prefix.Length..], Text(n)));
        var tests = names.Where(n => n.StartsWith(TestsPrefix, StringComparison.Ordinal))
            .Select(n => new RuleTestFile(n[TestsPrefix.Length..], Text(n)));
        return new RulePackSource(PackName, "embedded in PmoFlow.Hosting (workflows/rules)", [.. files], [.. tests]);

        string Text(string resource)
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The bundled rule resource {resource} is missing from PmoFlow.Hosting.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
