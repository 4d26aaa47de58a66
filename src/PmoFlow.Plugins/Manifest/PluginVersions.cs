using System.Globalization;

namespace PmoFlow.Plugins.Manifest;

/// <summary>Plugin and SDK versions: <c>major[.minor[.build[.revision]]]</c>, compared with missing parts as zero.</summary>
internal static class PluginVersions
{
    public static bool TryParse(string? text, out Version version, out string? error)
    {
        version = new Version(0, 0, 0, 0);
        error = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = "a version is required";
            return false;
        }
        if (trimmed.Contains('-', StringComparison.Ordinal) || trimmed.Contains('+', StringComparison.Ordinal))
        {
            error = $"'{trimmed}' has a pre-release or build suffix, which plugin versions do not support; use numbers only (1.2.0)";
            return false;
        }
        var parts = trimmed.Split('.');
        if (parts.Length > 4)
        {
            error = $"'{trimmed}' has more than four parts";
            return false;
        }
        var numbers = new int[4];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = $"'{trimmed}' is not a version (expected numbers separated by dots, such as 1.2.0)";
                return false;
            }
        }
        version = new Version(numbers[0], numbers[1], numbers[2], numbers[3]);
        return true;
    }

    /// <summary>The shortest text for a version: <c>1.2.0.0</c> prints as <c>1.2.0</c>, <c>1.0.0.0</c> as <c>1.0.0</c>.</summary>
    public static string Format(Version version) =>
        version.Revision > 0 ? version.ToString(4) : version.ToString(3);
}
