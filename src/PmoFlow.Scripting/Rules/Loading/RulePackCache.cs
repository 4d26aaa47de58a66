using System.Text.Json;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>
/// The rule engine's folder on disk: every pack version's sources under <c>sources/{content hash}</c> (so a past
/// decision can be replayed with the rules it used), and compiled images under <c>compiled/{cache key}</c> (so a
/// restart with unchanged rules compiles nothing). Writes go to a temporary name first and are moved into place, so
/// two processes sharing the folder never see half a file.
/// </summary>
internal sealed class RulePackCache
{
    private const string Manifest = "pack.json";
    private readonly string? _folder;

    public RulePackCache(string? folder) => _folder = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder);

    /// <summary>Whether a folder is configured; without one nothing is cached and past versions cannot be replayed after a restart.</summary>
    public bool Enabled => _folder is not null;

    public string? Folder => _folder;

    public void SaveSources(RulePackSource source)
    {
        if (_folder is null) return;
        var target = Path.Combine(_folder, "sources", source.Hash);
        if (Directory.Exists(target)) return;
        var temp = Path.Combine(_folder, "sources", ".tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var file in source.Files) File.WriteAllText(Path.Combine(temp, SafeName(file.Name)), file.Text);
            var manifest = new SourceManifest(source.Name, source.Origin, source.Hash, [.. source.Files.Select(f => f.Name)]);
            File.WriteAllText(Path.Combine(temp, Manifest), JsonSerializer.Serialize(manifest, ManifestJson.Options));
            Directory.Move(temp, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            // Another process archived the same version first: same hash, same content.
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    public RulePackSource? ReadSources(string hash)
    {
        if (_folder is null || !PackHash.IsValid(hash)) return null;
        var folder = Path.Combine(_folder, "sources", hash);
        var manifestPath = Path.Combine(folder, Manifest);
        if (!File.Exists(manifestPath)) return null;
        var manifest = JsonSerializer.Deserialize<SourceManifest>(File.ReadAllText(manifestPath), ManifestJson.Options)
            ?? throw new InvalidDataException($"{manifestPath} is empty.");
        var source = new RulePackSource(manifest.Name, manifest.Origin, manifest.Files.Select(f => new RuleFile(f, File.ReadAllText(Path.Combine(folder, SafeName(f))))));
        if (source.Hash != hash) throw new InvalidDataException($"The sources stored under {folder} hash to {source.Hash}: the archive was changed by hand.");
        return source;
    }

    public RuleImage? ReadImage(string key)
    {
        if (_folder is null) return null;
        var dll = Path.Combine(_folder, "compiled", key + ".dll");
        var pdb = Path.Combine(_folder, "compiled", key + ".pdb");
        try
        {
            return File.Exists(dll) && File.Exists(pdb) ? new RuleImage(File.ReadAllBytes(dll), File.ReadAllBytes(pdb)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void SaveImage(string key, RuleImage image)
    {
        if (_folder is null) return;
        var folder = Path.Combine(_folder, "compiled");
        Directory.CreateDirectory(folder);
        // The PDB first: a reader takes the image only once the dll is there, and then finds its PDB.
        Write(Path.Combine(folder, key + ".pdb"), image.Pdb);
        Write(Path.Combine(folder, key + ".dll"), image.Assembly);
    }

    public void RemoveImage(string key)
    {
        if (_folder is null) return;
        foreach (var extension in new[] { ".dll", ".pdb" })
        {
            try
            {
                File.Delete(Path.Combine(_folder, "compiled", key + extension));
            }
            catch (IOException)
            {
                // Another process has it open: it is rewritten on a later start.
            }
        }
    }

    private static void Write(string path, byte[] bytes)
    {
        if (File.Exists(path)) return;
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, bytes);
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }

    private static string SafeName(string name) =>
        name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or ".." || name == Manifest
            ? throw new InvalidDataException($"'{name}' cannot be a rule file name.")
            : name;

    private sealed record SourceManifest(string Name, string Origin, string Hash, IReadOnlyList<string> Files);

    private static class ManifestJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    }
}
