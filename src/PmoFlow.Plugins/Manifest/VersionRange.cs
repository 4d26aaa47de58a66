namespace PmoFlow.Plugins.Manifest;

/// <summary>
/// A version range in NuGet's notation, which .NET developers already read: <c>1.0</c> (1.0 or later),
/// <c>[1.0,2.0)</c> (1.0 up to, not including, 2.0), <c>[1.2]</c> (exactly 1.2), <c>(,2.0]</c> (up to 2.0).
/// </summary>
internal sealed class VersionRange
{
    private VersionRange(string text, Version? min, bool minInclusive, Version? max, bool maxInclusive)
    {
        Text = text;
        Min = min;
        MinInclusive = minInclusive;
        Max = max;
        MaxInclusive = maxInclusive;
    }

    /// <summary>Every version.</summary>
    public static VersionRange Any { get; } = new("any", null, false, null, false);

    public string Text { get; }

    public Version? Min { get; }

    public bool MinInclusive { get; }

    public Version? Max { get; }

    public bool MaxInclusive { get; }

    public bool Contains(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Min is not null && (MinInclusive ? version < Min : version <= Min)) return false;
        if (Max is not null && (MaxInclusive ? version > Max : version >= Max)) return false;
        return true;
    }

    public override string ToString() => Text;

    public static bool TryParse(string? text, out VersionRange range, out string? error)
    {
        range = Any;
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            error = "a version range is required (such as \"1.0\" or \"[1.0,2.0)\")";
            return false;
        }
        if (s[0] is not ('[' or '('))
        {
            if (!PluginVersions.TryParse(s, out var min, out error)) return false;
            range = new VersionRange(s, min, true, null, false);
            return true;
        }
        return TryParseInterval(s, out range, out error);
    }

    private static bool TryParseInterval(string s, out VersionRange range, out string? error)
    {
        range = Any;
        error = $"'{s}' is not a version range (expected such as \"1.0\", \"[1.0,2.0)\" or \"[1.2]\")";
        if (s.Length < 3 || s[^1] is not (']' or ')')) return false;
        var minInclusive = s[0] == '[';
        var maxInclusive = s[^1] == ']';
        var inner = s[1..^1];
        var comma = inner.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            // [1.2] is exact; (1.2) means nothing.
            if (!minInclusive || !maxInclusive || !PluginVersions.TryParse(inner, out var exact, out _)) return false;
            range = new VersionRange(s, exact, true, exact, true);
            error = null;
            return true;
        }
        if (inner.IndexOf(',', comma + 1) >= 0) return false;
        Version? min = null, max = null;
        var minText = inner[..comma].Trim();
        var maxText = inner[(comma + 1)..].Trim();
        if (minText.Length > 0 && !PluginVersions.TryParse(minText, out min, out _)) return false;
        if (maxText.Length > 0 && !PluginVersions.TryParse(maxText, out max, out _)) return false;
        if (min is null && max is null) return false;
        if (min is not null && max is not null && (min > max || (min == max && !(minInclusive && maxInclusive))))
        {
            error = $"'{s}' is empty: no version is both above its lower and below its upper bound";
            return false;
        }
        range = new VersionRange(s, min, minInclusive, max, maxInclusive);
        error = null;
        return true;
    }
}
