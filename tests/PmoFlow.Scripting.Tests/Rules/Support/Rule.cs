using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>Rule files and packs from text, for tests.</summary>
internal static class Rule
{
    /// <summary>A rule file with a standard four-line header (so the body starts on line 5).</summary>
    public static RuleFile File(string id, string body, string gates = "gate-5-6", string version = "1") =>
        new($"{id}.csx", Header(id, gates, version) + body);

    public static string Header(string id, string gates = "gate-5-6", string version = "1") =>
        $"// rule: {id}\n// gates: {gates}\n// version: {version}\n// description: {id} (a test rule)\n";

    public static RulePackSource Pack(params RuleFile[] files) => new("test", "test", files);

    public static RulePackSource Pack(string name, params RuleFile[] files) => new(name, "test", files);

    /// <summary>A pack of one rule for gate-5-6 with <paramref name="body"/>.</summary>
    public static RulePackSource Single(string body, string id = "probe") => Pack(File(id, body));

    public static RulePackSource Default() => RuleFolder.Read(RepoPaths.DefaultRules, "default");
}
