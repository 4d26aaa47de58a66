using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// The metadata references every expression compiles against, created once per process: building a
/// reference reads the assembly's metadata, and a small set keeps warm compiles near 8 ms (DESIGN.md §4).
/// </summary>
internal static class CSharpReferences
{
    private static readonly string[] PlatformAssemblies =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections",
        "System.Text.RegularExpressions", "System.Text.Json", "System.Memory", "netstandard",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyBase = new(CreateBase);
    private static readonly ConcurrentDictionary<Assembly, MetadataReference> Extra = new();
    private static readonly Lazy<HashSet<string>> BaseNames = new(() => [.. PlatformAssemblies, HostName(typeof(IExpressionContext)), HostName(typeof(CSharpConvert))]);

    /// <summary>The shared reference set.</summary>
    public static ImmutableArray<MetadataReference> Base => LazyBase.Value;

    /// <summary>
    /// Whether generated code can name a type from <paramref name="assembly"/>. Types in other load
    /// contexts (plugins) or without a file cannot be referenced from a compiled expression.
    /// </summary>
    public static bool CanReference(Assembly assembly)
        => !assembly.IsDynamic
            && assembly.Location.Length > 0
            && AssemblyLoadContext.GetLoadContext(assembly) == AssemblyLoadContext.Default;

    /// <summary>The reference for an assembly outside the shared set, or null when the shared set has it.</summary>
    public static MetadataReference? ForExtra(Assembly assembly)
        => BaseNames.Value.Contains(assembly.GetName().Name ?? "")
            ? null
            : Extra.GetOrAdd(assembly, static a => MetadataReference.CreateFromFile(a.Location));

    private static string HostName(Type type) => type.Assembly.GetName().Name!;

    private static ImmutableArray<MetadataReference> CreateBase()
    {
        // The list can name an assembly twice (test hosts add their own copies); the first one is the runtime's.
        var trusted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            trusted.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var name in PlatformAssemblies)
        {
            // TRUSTED_PLATFORM_ASSEMBLIES is the runtime's own list; fall back to the loaded assembly for hosts without it.
            var path = trusted.GetValueOrDefault(name) ?? TryLocation(name);
            if (path is not null)
            {
                builder.Add(MetadataReference.CreateFromFile(path));
            }
        }

        builder.Add(MetadataReference.CreateFromFile(typeof(IExpressionContext).Assembly.Location));
        builder.Add(MetadataReference.CreateFromFile(typeof(CSharpConvert).Assembly.Location));
        return builder.ToImmutable();
    }

    private static string? TryLocation(string name)
    {
        try
        {
            var location = Assembly.Load(name).Location;
            return location.Length > 0 ? location : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
