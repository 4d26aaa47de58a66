using System.Text.Json;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// What the host needs from a plugin's <c>.deps.json</c>: which assemblies are the plugin's own (its projects, which
/// the host scans) and every managed assembly it carries (to spot a copy of the SDK). Without a deps file the
/// entry assembly is the plugin's only assembly of its own.
/// </summary>
internal sealed record DepsFile(IReadOnlyList<string> OwnAssemblies, IReadOnlyList<string> RuntimeAssemblies)
{
    public static DepsFile Read(string entryPath)
    {
        var depsPath = Path.ChangeExtension(entryPath, ".deps.json");
        var entry = Path.GetFileName(entryPath);
        if (!File.Exists(depsPath)) return new DepsFile([entry], [entry]);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(depsPath));
            var root = document.RootElement;
            var types = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("libraries", out var libraries))
            {
                foreach (var library in libraries.EnumerateObject())
                    types[library.Name] = library.Value.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
            }
            var own = new List<string>();
            var all = new List<string>();
            if (root.TryGetProperty("targets", out var targets))
            {
                foreach (var target in targets.EnumerateObject())
                {
                    foreach (var library in target.Value.EnumerateObject())
                    {
                        if (!library.Value.TryGetProperty("runtime", out var runtime)) continue;
                        var isProject = types.GetValueOrDefault(library.Name) == "project";
                        foreach (var asset in runtime.EnumerateObject())
                        {
                            var file = Path.GetFileName(asset.Name);
                            if (!all.Contains(file, StringComparer.OrdinalIgnoreCase)) all.Add(file);
                            if (isProject && !own.Contains(file, StringComparer.OrdinalIgnoreCase)) own.Add(file);
                        }
                    }
                }
            }
            if (!own.Contains(entry, StringComparer.OrdinalIgnoreCase)) own.Insert(0, entry);
            return new DepsFile(own, all);
        }
        catch (JsonException ex)
        {
            throw new PluginLoadException(PluginState.Refused, $"{depsPath} is not valid JSON (line {ex.LineNumber + 1}): rebuild the plugin.");
        }
    }
}
