using System.Reflection;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Plugins.Contributions;

/// <summary>
/// A plugin's rule pack: every <c>.csx</c> resource in its own assemblies. The build conventions name them
/// <c>rules/&lt;path&gt;.csx</c>; a resource embedded another way (<c>My.Plugin.rules.trir.csx</c>) is named by its
/// last two dotted parts.
/// </summary>
internal static class RuleResources
{
    private const string Folder = "rules/";

    public static IReadOnlyList<PluginRuleSource> Read(string pluginId, IEnumerable<Assembly> assemblies)
    {
        var sources = new List<PluginRuleSource>();
        foreach (var assembly in assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                if (!resource.EndsWith(".csx", StringComparison.OrdinalIgnoreCase)) continue;
                var fileName = FileName(resource);
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                sources.Add(new PluginRuleSource($"{pluginId}/{fileName[..^".csx".Length]}", fileName, reader.ReadToEnd()));
            }
        }
        return [.. sources.OrderBy(s => s.FileName, StringComparer.Ordinal)];
    }

    private static string FileName(string resource)
    {
        var name = resource.Replace('\\', '/');
        if (name.StartsWith(Folder, StringComparison.OrdinalIgnoreCase)) return name[Folder.Length..];
        var parts = name.Split('.');
        return parts.Length >= 2 ? $"{parts[^2]}.{parts[^1]}" : name;
    }
}
