using System.Text.Json;
using System.Text.RegularExpressions;

namespace PmoFlow.Plugins.Manifest;

/// <summary>
/// Reads and validates a plugin folder's <c>plugin.json</c>. Every problem is reported at once, each with its JSON
/// path, so an admin fixes a manifest in one go. Unknown properties are errors: a misspelt <c>dependsOn</c> would
/// otherwise silently drop a dependency.
/// </summary>
internal static partial class ManifestReader
{
    private static readonly string[] Known = ["id", "name", "version", "sdk", "entryAssembly", "pluginType", "dependsOn", "description"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, PluginManifest.FileName));

    public static PluginManifest Read(string folder)
    {
        var file = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(file)) throw new PluginManifestException(file, ["file not found: every plugin folder needs a plugin.json"]);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file), Options);
        }
        catch (JsonException ex)
        {
            throw new PluginManifestException(file, [$"not valid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {FirstSentence(ex.Message)}"]);
        }
        using (document)
        {
            var problems = new List<string>();
            var manifest = Validate(document.RootElement, folder, problems);
            if (problems.Count > 0 || manifest is null) throw new PluginManifestException(file, problems);
            return manifest;
        }
    }

    private static PluginManifest? Validate(JsonElement root, string folder, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("$: the manifest must be a JSON object");
            return null;
        }
        foreach (var property in root.EnumerateObject())
        {
            if (!Known.Contains(property.Name, StringComparer.Ordinal))
                problems.Add($"$.{property.Name}: unknown property (known: {string.Join(", ", Known)})");
        }

        var id = RequiredId(root, "id", "$.id", problems);
        var name = OptionalString(root, "name", problems) ?? id;
        var versionText = RequiredString(root, "version", problems);
        Version? version = null;
        if (versionText is not null && !PluginVersions.TryParse(versionText, out version, out var versionError)) problems.Add($"$.version: {versionError}");
        var sdkText = RequiredString(root, "sdk", problems);
        VersionRange? sdk = null;
        if (sdkText is not null && !VersionRange.TryParse(sdkText, out sdk, out var sdkError)) problems.Add($"$.sdk: {sdkError}");
        var entry = RequiredString(root, "entryAssembly", problems);
        if (entry is not null) CheckEntryAssembly(entry, folder, problems);
        var pluginType = OptionalString(root, "pluginType", problems);
        var description = OptionalString(root, "description", problems);
        var dependsOn = ReadDependencies(root, id, problems);

        if (problems.Count > 0) return null;
        return new PluginManifest
        {
            Id = id!,
            Name = name!,
            Version = version!,
            Sdk = sdk!,
            EntryAssembly = entry!,
            PluginType = pluginType,
            DependsOn = dependsOn,
            Description = description,
            Folder = folder,
        };
    }

    private static void CheckEntryAssembly(string entry, string folder, List<string> problems)
    {
        if (entry.IndexOfAny(['/', '\\']) >= 0 || entry.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            problems.Add($"$.entryAssembly: '{entry}' must be the file name of a .dll in the plugin folder, without a path");
        else if (!File.Exists(Path.Combine(folder, entry)))
            problems.Add($"$.entryAssembly: '{entry}' is not in {folder}");
    }

    private static List<PluginDependency> ReadDependencies(JsonElement root, string? selfId, List<string> problems)
    {
        var result = new List<PluginDependency>();
        if (!root.TryGetProperty("dependsOn", out var array) || array.ValueKind == JsonValueKind.Null) return result;
        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("$.dependsOn: must be an array of { \"id\": ..., \"version\": ... }");
            return result;
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.dependsOn[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: must be an object with \"id\" and an optional \"version\" range");
                continue;
            }
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name is not ("id" or "version")) problems.Add($"{path}.{property.Name}: unknown property (known: id, version)");
            }
            var id = RequiredId(item, "id", $"{path}.id", problems);
            var range = VersionRange.Any;
            if (item.TryGetProperty("version", out var v))
            {
                if (v.ValueKind != JsonValueKind.String) problems.Add($"{path}.version: must be a string");
                else if (!VersionRange.TryParse(v.GetString(), out range, out var error)) problems.Add($"{path}.version: {error}");
            }
            if (id is null) continue;
            if (string.Equals(id, selfId, StringComparison.Ordinal)) problems.Add($"{path}.id: a plugin cannot depend on itself");
            else if (result.Any(d => d.Id == id)) problems.Add($"{path}.id: '{id}' is listed twice");
            else result.Add(new PluginDependency(id, range));
        }
        return result;
    }

    private static string? RequiredId(JsonElement element, string name, string path, List<string> problems)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            problems.Add($"{path}: required");
            return null;
        }
        var id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (id is null || !IdPattern().IsMatch(id))
        {
            problems.Add($"{path}: must be a lowercase id of letters, digits, '.', '-' or '_', starting with a letter or digit, at most 64 characters (was {value.GetRawText()})");
            return null;
        }
        return id;
    }

    private static string? RequiredString(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            problems.Add($"$.{name}: required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"$.{name}: must be a non-empty string (was {value.GetRawText()})");
            return null;
        }
        return value.GetString()!.Trim();
    }

    private static string? OptionalString(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"$.{name}: must be a string (was {value.GetRawText()})");
            return null;
        }
        return value.GetString();
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
