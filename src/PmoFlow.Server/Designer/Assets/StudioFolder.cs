using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PmoFlow.Server.Designer.Assets;

/// <summary>
/// Where the Studio's files are, found once: the configured folder, else <c>studio</c> next to the app (a publish puts
/// it there), else the folder the build installed with npm (compiled in as assembly metadata, so tests and
/// <c>dotnet run</c> serve the install in place instead of copying 93 MB into every bin folder).
/// </summary>
internal sealed class StudioFolder
{
    /// <summary>The file that tells a Studio folder from any other.</summary>
    public const string Marker = "_framework/blazor.webassembly.js";

    private readonly Lazy<StudioPage?> _page;

    public StudioFolder(IOptions<DesignerOptions> options, ILogger<StudioFolder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Root = Path.GetFullPath(Candidates(options.Value).FirstOrDefault(Holds) ?? Candidates(options.Value).Last());
        Exists = Holds(Root);
        Version = Exists ? ReadVersion(Root) : "missing";
        if (Exists) logger.StudioAssetsFound(Version, Root);
        else logger.StudioAssetsMissing(Root);
        _page = new Lazy<StudioPage?>(() => Exists ? StudioPage.Read(Path.Combine(Root, "index.html")) : null);
    }

    /// <summary>The folder, with a trailing separator.</summary>
    public string Root { get; }

    /// <summary>Whether the Studio is there.</summary>
    public bool Exists { get; }

    /// <summary>The npm package version, from its package.json.</summary>
    public string Version { get; }

    /// <summary>The stylesheets and scripts the Studio's own host page loads, external ones left out.</summary>
    public StudioPage? Page => _page.Value;

    public static bool Holds(string folder) => File.Exists(Path.Combine(folder, Marker));

    /// <summary>The file for a request path inside the folder, or null when it is outside, hidden or absent.</summary>
    public FileInfo? Find(string relativePath)
    {
        if (!Exists || string.IsNullOrEmpty(relativePath) || relativePath.Contains('\\', StringComparison.Ordinal)) return null;
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        var root = Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        var file = new FileInfo(full);
        return file.Exists ? file : null;
    }

    private static IEnumerable<string> Candidates(DesignerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.StudioPath))
        {
            yield return options.StudioPath;
            yield break;
        }
        yield return Path.Combine(AppContext.BaseDirectory, "studio");
        var installed = typeof(StudioFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "PmoFlow.StudioAssets")?.Value;
        if (!string.IsNullOrEmpty(installed)) yield return installed;
    }

    private static string ReadVersion(string root)
    {
        var manifest = Path.Combine(root, "package.json");
        if (!File.Exists(manifest)) return "unknown";
        return JsonNode.Parse(File.ReadAllText(manifest))?["version"]?.ToString() ?? "unknown";
    }
}
