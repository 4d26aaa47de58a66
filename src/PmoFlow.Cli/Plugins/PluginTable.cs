using PmoFlow.Cli.Output;

namespace PmoFlow.Cli.Plugins;

/// <summary>Plugins as a table: id, name, version, industry, state, error.</summary>
internal static class PluginTable
{
    public static void Write(TextWriter output, IEnumerable<PluginRow> plugins)
    {
        var table = new TextTable("ID", "NAME", "VERSION", "INDUSTRY", "STATE", "ERROR");
        foreach (var p in plugins) table.Add(p.Id, p.Name ?? "-", p.Version ?? "-", p.Industry ?? "-", p.State, OneLine(p.Error) ?? "");
        table.WriteTo(output);
    }

    /// <summary>The instances pinned to each version, for versions that have any.</summary>
    public static void WritePins(TextWriter output, PluginRow plugin)
    {
        foreach (var version in plugin.Versions.Where(v => v.PinnedInstances.Count > 0))
            output.WriteLine($"{plugin.Id} {version.Version} (load {version.Generation}, {version.State}): {version.PinnedInstances.Count} pinned instance(s): {string.Join(", ", version.PinnedInstances)}");
    }

    private static string? OneLine(string? text) => text?.ReplaceLineEndings(" ");
}
