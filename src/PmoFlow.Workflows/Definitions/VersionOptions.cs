using System.Globalization;

namespace PmoFlow.Workflows.Definitions;

/// <summary>Which version of a definition to pick: Elsa's <c>versionOptions</c>.</summary>
public readonly record struct VersionOptions(string Kind, int Version = 0)
{
    /// <summary>The newest version, published or not.</summary>
    public static VersionOptions Latest { get; } = new("Latest");

    /// <summary>The published version.</summary>
    public static VersionOptions Published { get; } = new("Published");

    /// <summary>The published version, else the newest.</summary>
    public static VersionOptions LatestOrPublished { get; } = new("LatestOrPublished");

    /// <summary>A specific version number.</summary>
    public static VersionOptions Specific(int version) => new("Specific", version);

    /// <summary>Parses <c>Latest</c>, <c>Published</c>, <c>LatestOrPublished</c> or a version number.</summary>
    public static bool TryParse(string? text, out VersionOptions options)
    {
        options = LatestOrPublished;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) { options = Specific(n); return true; }
        foreach (var known in new[] { Latest, Published, LatestOrPublished })
            if (string.Equals(known.Kind, text, StringComparison.OrdinalIgnoreCase)) { options = known; return true; }
        return false;
    }

    /// <summary>The version these options choose among <paramref name="versions"/> (oldest first), or null.</summary>
    public Model.WorkflowDefinition? Pick(IReadOnlyList<Model.WorkflowDefinition> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var version = Version;
        return Kind switch
        {
            "Latest" => versions.LastOrDefault(),
            "Published" => versions.LastOrDefault(v => v.IsPublished),
            "Specific" => versions.FirstOrDefault(v => v.Version == version),
            _ => versions.LastOrDefault(v => v.IsPublished) ?? versions.LastOrDefault(),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Kind == "Specific" ? Version.ToString(CultureInfo.InvariantCulture) : Kind;
}
