using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Orders plugins so each loads after the plugins it depends on, and refuses, with the reason, each plugin whose
/// dependency is missing, outside its version range, refused itself, or part of a cycle. The order is made in
/// passes, each taking by id every plugin whose dependencies are placed, so every start loads them the same way.
/// </summary>
internal static class LoadOrder
{
    public sealed record Plan(IReadOnlyList<PluginManifest> Order, IReadOnlyDictionary<string, string> Refused);

    /// <param name="manifests">The plugins to load, with distinct ids.</param>
    /// <param name="active">Plugins already running, by id, with their versions; they satisfy dependencies too.</param>
    public static Plan Create(IEnumerable<PluginManifest> manifests, IReadOnlyDictionary<string, Version> active)
    {
        var byId = manifests.OrderBy(m => m.Id, StringComparer.Ordinal).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var manifest in byId.Values)
        {
            foreach (var dependency in manifest.DependsOn)
            {
                var version = byId.TryGetValue(dependency.Id, out var other) ? other.Version : active.GetValueOrDefault(dependency.Id);
                string? problem = version is null
                    ? $"depends on '{dependency.Id}' {dependency.Versions}, which is not installed"
                    : dependency.Versions.Contains(version) ? null
                    : $"depends on '{dependency.Id}' {dependency.Versions}, but the installed '{dependency.Id}' is {PluginVersions.Format(version)}";
                if (problem is null) continue;
                refused[manifest.Id] = problem;
                break;
            }
        }

        var order = new List<PluginManifest>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var remaining = byId.Values.Where(m => !refused.ContainsKey(m.Id)).ToList();
        bool progress;
        do
        {
            progress = false;
            foreach (var manifest in remaining.ToList())
            {
                var failed = manifest.DependsOn.FirstOrDefault(d => refused.ContainsKey(d.Id));
                if (failed is not null)
                {
                    refused[manifest.Id] = $"depends on '{failed.Id}', which cannot load ({refused[failed.Id]})";
                }
                else if (manifest.DependsOn.All(d => placed.Contains(d.Id) || (!byId.ContainsKey(d.Id) && active.ContainsKey(d.Id))))
                {
                    order.Add(manifest);
                    placed.Add(manifest.Id);
                }
                else
                {
                    continue;
                }
                remaining.Remove(manifest);
                progress = true;
            }
        }
        while (progress);

        foreach (var manifest in remaining) refused[manifest.Id] = $"dependency cycle: {Cycle(manifest, byId, remaining)}";
        return new Plan(order, refused);
    }

    private static string Cycle(PluginManifest start, Dictionary<string, PluginManifest> byId, List<PluginManifest> stuck)
    {
        var path = new List<string>();
        var current = start;
        while (!path.Contains(current.Id, StringComparer.Ordinal))
        {
            path.Add(current.Id);
            var next = current.DependsOn.Select(d => byId.GetValueOrDefault(d.Id)).FirstOrDefault(m => m is not null && stuck.Contains(m));
            if (next is null) break;
            current = next;
        }
        var from = path.IndexOf(current.Id);
        var cycle = from >= 0 ? path[from..] : path;
        // A plugin that only depends on a cycle is reported with the cycle it waits for.
        var prefix = from > 0 ? $"{string.Join(" → ", path[..from])} → " : "";
        return prefix + string.Join(" → ", cycle.Append(current.Id));
    }
}
