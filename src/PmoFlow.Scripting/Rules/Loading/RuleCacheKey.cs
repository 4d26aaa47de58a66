using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PmoFlow.Scripting.CSharp;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>
/// What a compiled pack depends on beyond its sources: the module version ids of every assembly it compiles against
/// (the rule API in PmoFlow.Abstractions, this compiler in PmoFlow.Scripting, the runtime's) and of Roslyn. A new
/// build of any of them is a new key, so a cached image never outlives the code it was compiled for.
/// </summary>
internal static class RuleCacheKey
{
    private static readonly Lazy<string> Fingerprint = new(Compute);

    public static string Of(RulePackSource source)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"pmoflow-rule-image/1\n{source.Name}\n{source.Hash}\n{Fingerprint.Value}"));
        return Convert.ToHexStringLower(bytes);
    }

    private static string Compute()
    {
        var parts = new List<string> { "roslyn:" + typeof(CSharpCompilation).Assembly.ManifestModule.ModuleVersionId };
        foreach (var reference in CSharpReferences.Base.OfType<PortableExecutableReference>())
        {
            parts.Add(Path.GetFileName(reference.FilePath) + ":" + (reference.FilePath is { } path ? Mvid(path) : "?"));
        }
        return string.Join("\n", parts);
    }

    private static string Mvid(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            return reader.GetGuid(reader.GetModuleDefinition().Mvid).ToString("N");
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or InvalidOperationException)
        {
            // An unreadable reference cannot be fingerprinted: make the key unique so nothing stale is ever loaded.
            return Guid.NewGuid().ToString("N");
        }
    }
}
