using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>The content hash of a pack: SHA-256 over its files' names and exact text, so any edit is a new version.</summary>
internal static class PackHash
{
    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes("pmoflow-rule-pack/1\n");

    public static string Of(IReadOnlyList<RuleFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Prefix);
        foreach (var file in files)
        {
            var text = Encoding.UTF8.GetBytes(file.Text);
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{text.Length.ToString(CultureInfo.InvariantCulture)}\n"));
            hash.AppendData(text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="value"/> looks like a hash this class makes (64 lower-case hex digits).</summary>
    public static bool IsValid(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
