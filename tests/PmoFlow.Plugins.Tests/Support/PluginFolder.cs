using System.Text.Json.Nodes;

namespace PmoFlow.Plugins.Tests.Support;

/// <summary>A temporary plugins folder that tests fill with fixture plugins, as an admin would.</summary>
internal sealed class PluginFolder : IDisposable
{
    public PluginFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pmoflow-plugin-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Copies a fixture's build output into <c>Root/folder</c>, replacing what was there.</summary>
    public string Add(string fixture, string? folder = null)
    {
        var target = Path.Combine(Root, folder ?? fixture);
        Directory.CreateDirectory(target);
        var source = Fixtures.PathOf(fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
        return target;
    }

    /// <summary>Changes the manifest of a plugin folder.</summary>
    public void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(Root, folder, "plugin.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(json);
        File.WriteAllText(path, json.ToJsonString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still be letting go; the temp folder is cleaned by the OS.
        }
    }
}
