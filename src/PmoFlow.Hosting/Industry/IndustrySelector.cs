using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;

namespace PmoFlow.Hosting.Industry;

/// <summary>
/// Picks the industry plugin for a baseline's industry profile reference, from the loaded plugins alone: a plugin
/// whose id is the reference, else the first (by id) whose industry is. A faulted plugin serves nothing until it is
/// reloaded. The plugins' rule pack guards each plugin's rules with the same choice (<see cref="ReferencesByPlugin"/>).
/// </summary>
internal static class IndustrySelector
{
    public const string General = "general";

    public static IndustrySelection Select(string? reference, IReadOnlyList<PluginContribution> contributions)
    {
        reference = string.IsNullOrWhiteSpace(reference) ? General : reference.Trim();
        // Every gate evaluation asks: no plugins, nothing to choose.
        if (contributions.Count == 0) return new IndustrySelection { Reference = reference, Problem = Same(reference, General) ? null : NoneLoaded(reference) };
        var active = contributions.Where(c => c.State == PluginState.Active).OrderBy(c => c.PluginId, StringComparer.Ordinal).ToList();
        if (active.FirstOrDefault(c => Same(c.PluginId, reference)) is { } byId) return new IndustrySelection { Reference = reference, Plugin = byId };

        var serving = active.Where(c => Industries(c).Contains(reference, StringComparer.OrdinalIgnoreCase)).ToList();
        if (serving.Count > 0)
        {
            return new IndustrySelection
            {
                Reference = reference,
                Plugin = serving[0],
                Problem = serving.Count == 1 ? null
                    : $"plugins {string.Join(", ", serving.Select(c => $"'{c.PluginId}'"))} all serve industry '{reference}'; '{serving[0].PluginId}' applies. " +
                      "Set the baseline's industryProfile to a plugin id to choose another.",
            };
        }

        if (contributions.FirstOrDefault(c => c.State != PluginState.Active && (Same(c.PluginId, reference) || Industries(c).Contains(reference, StringComparer.OrdinalIgnoreCase))) is { } down)
        {
            return new IndustrySelection
            {
                Reference = reference,
                Problem = $"plugin '{down.PluginId}' {down.Version} serves industry profile '{reference}' but is {down.State.ToString().ToLowerInvariant()}; " +
                          "the default gates and thresholds apply until it is reloaded",
            };
        }

        if (Same(reference, General)) return new IndustrySelection { Reference = reference };
        var loaded = active.Count == 0 ? null : "loaded: " + string.Join(", ", active.Select(c => $"{c.PluginId} ({string.Join(", ", Industries(c))})"));
        return new IndustrySelection { Reference = reference, Problem = NoneLoaded(reference, loaded) };
    }

    /// <summary>For each plugin, every reference that selects it (its id, and the industries it is the choice for).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReferencesByPlugin(IReadOnlyList<PluginContribution> contributions)
    {
        var candidates = contributions.Where(c => c.State == PluginState.Active)
            .SelectMany(c => Industries(c).Prepend(c.PluginId))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (Select(candidate, contributions).Plugin is not { } plugin) continue;
            if (!references.TryGetValue(plugin.PluginId, out var list)) references[plugin.PluginId] = list = [];
            list.Add(candidate);
        }
        return references.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The industries a plugin names: its metadata's and its profile's.</summary>
    public static IReadOnlyList<string> Industries(PluginContribution contribution) =>
        [.. new[] { contribution.Industry, contribution.Profile?.Industry }.OfType<string>().Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string NoneLoaded(string reference, string? loaded = null) =>
        $"no loaded plugin serves industry profile '{reference}' ({loaded ?? "no plugin is loaded"}); the default gates and thresholds apply";

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
