using System.Text.RegularExpressions;

namespace PmoFlow.Server.Designer.Assets;

/// <summary>
/// The stylesheets and scripts of the Studio's own index.html, read from the installed package so a Studio upgrade
/// brings its own list. Anything on another host (its Google Fonts links) is dropped: the designer calls no outside host.
/// </summary>
internal sealed partial class StudioPage(IReadOnlyList<string> stylesheets, IReadOnlyList<string> scripts)
{
    /// <summary>Stylesheet paths relative to the Studio folder, in page order.</summary>
    public IReadOnlyList<string> Stylesheets { get; } = stylesheets;

    /// <summary>Script paths relative to the Studio folder, in page order (blazor.webassembly.js last, as it must be).</summary>
    public IReadOnlyList<string> Scripts { get; } = scripts;

    public static StudioPage Read(string indexHtml)
    {
        var html = File.Exists(indexHtml) ? File.ReadAllText(indexHtml) : "";
        var stylesheets = Stylesheet().Matches(html).Select(m => m.Groups["href"].Value).Where(IsLocal).ToList();
        var scripts = Script().Matches(html).Select(m => m.Groups["src"].Value).Where(IsLocal).ToList();
        // An index.html that lost its tags would leave a blank page with no clue; fall back to what 3.8 ships.
        if (!scripts.Any(s => s.EndsWith(StudioFolder.Marker["_framework/".Length..], StringComparison.Ordinal))) scripts.Add(StudioFolder.Marker);
        return new StudioPage(stylesheets, scripts);
    }

    private static bool IsLocal(string url) => !url.Contains("//", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<link\\s+[^>]*?href=\"(?<href>[^\"]+)\"[^>]*?rel=\"stylesheet\"|<link\\s+[^>]*?rel=\"stylesheet\"[^>]*?href=\"(?<href>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script\\s+[^>]*?src=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Script();
}
