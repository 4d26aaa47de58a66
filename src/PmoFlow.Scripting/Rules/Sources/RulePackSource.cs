using System.Text.RegularExpressions;

namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>The text of one version of a rule pack: its rule files (in name order) and the test cases beside them.</summary>
internal sealed partial class RulePackSource
{
    private string? _hash;

    public RulePackSource(string name, string origin, IEnumerable<RuleFile> files, IEnumerable<RuleTestFile>? tests = null)
    {
        if (!IsValidName(name)) throw new ArgumentException($"'{name}' is not a valid rule pack name (lower-case letters, digits, '.', '-', '_').", nameof(name));
        Name = name;
        Origin = origin;
        Files = [.. files.OrderBy(f => f.Name, StringComparer.Ordinal)];
        Tests = [.. (tests ?? []).OrderBy(t => t.Name, StringComparer.Ordinal)];
    }

    /// <summary>The pack's name (<c>default</c>), as evaluation records cite it: <c>rules/default@sha256:…</c>.</summary>
    public string Name { get; }

    /// <summary>Where it came from, for people (<c>embedded</c>, a folder path).</summary>
    public string Origin { get; }

    /// <summary>The rule files, ordered by name: rules of one gate run in this order.</summary>
    public IReadOnlyList<RuleFile> Files { get; }

    /// <summary>The stored test cases.</summary>
    public IReadOnlyList<RuleTestFile> Tests { get; }

    /// <summary>The content hash of <see cref="Files"/> (tests excluded: they do not change a decision).</summary>
    public string Hash => _hash ??= PackHash.Of(Files);

    /// <summary>What evaluation records cite: <c>rules/default@sha256:…</c>.</summary>
    public string Evaluator => EvaluatorName(Name, Hash);

    public static string EvaluatorName(string pack, string hash) => $"rules/{pack}@sha256:{hash}";

    public static bool IsValidName(string? name) => name is { Length: > 0 and <= 64 } && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex NamePattern();
}
