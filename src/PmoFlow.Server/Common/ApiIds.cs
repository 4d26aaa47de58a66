using System.Text;
using System.Text.RegularExpressions;

namespace PmoFlow.Server.Common;

/// <summary>Ids the API accepts and makes: safe in a URL path without escaping, readable when derived from a name.</summary>
internal static partial class ApiIds
{
    /// <summary>Whether <paramref name="id"/> is a valid id.</summary>
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>A new opaque id for records nobody types by hand (KPIs, observations, approvals...).</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>"Portfolio Reporting (EMEA)" → "portfolio-reporting-emea"; a name with no letters or digits gets a new opaque id.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        // ASCII only: the server runs with invariant globalization, which cannot fold accents away.
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > 60) text = text[..60].TrimEnd('-');
        return text.Length == 0 ? New() : text;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
