using System.Text;

namespace PmoFlow.Cli.Pmo;

/// <summary>Service ids derived from names, the way the server derives them, so both modes give a service the same id.</summary>
internal static class ServiceIds
{
    /// <summary>"Portfolio Reporting (EMEA)" → "portfolio-reporting-emea"; a name with no letters or digits gets an opaque id.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > 60) text = text[..60].TrimEnd('-');
        return text.Length == 0 ? New() : text;
    }

    /// <summary>A new opaque id, for records nobody types (observations).</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>Whether <paramref name="id"/> is usable in a URL path without escaping (the server's rule).</summary>
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= 100 && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
