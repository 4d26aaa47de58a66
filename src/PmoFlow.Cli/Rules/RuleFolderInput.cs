using PmoFlow.Cli.Pmo;
using PmoFlow.Hosting.Rules;

namespace PmoFlow.Cli.Rules;

/// <summary>The DIR argument of the rule commands: a folder of <c>.csx</c> rules, with test cases in <c>DIR/tests/*.json</c>.</summary>
internal static class RuleFolderInput
{
    public static RulePackFiles Read(string folder)
    {
        if (File.Exists(folder)) throw new CliException($"{folder}: is a file; give the folder that holds the .csx rules");
        if (!Directory.Exists(folder)) throw new CliException($"{folder}: no such folder");
        var pack = RulePackFiles.ReadFolder(folder);
        if (pack.Files.Count == 0) throw new CliException($"{folder}: no .csx rule files in the folder");
        if (pack.Validate() is { Count: > 0 } problems)
            throw new CliException(string.Join("; ", problems.Select(p => $"{folder}: {p.Value}")));
        return pack;
    }

    /// <summary>Where a diagnostic's file is, as the user typed the folder: <c>workflows/rules/onboarding.csx</c>.</summary>
    public static string PathOf(string folder, RulePackFiles pack, string file) => pack.Files.ContainsKey(file) ? Path.Join(folder, file) : file;

    /// <summary>A diagnostic as compilers print it, at the file's path under the folder.</summary>
    public static string Line(string folder, RulePackFiles pack, RuleDiagnosticView d) =>
        (d with { File = PathOf(folder, pack, d.File) }).Text;
}
