namespace PmoFlow.Server.Dashboard.Html;

/// <summary>
/// Which links from the store may become an <c>href</c>. Evidence links are typed in by people and integrations, so a
/// <c>javascript:</c> or <c>data:</c> URL must stay text: only http(s) addresses and paths on this server are linked.
/// </summary>
internal static class SafeUrl
{
    /// <summary>The link if it is safe to follow, else null (show it as text).</summary>
    public static string? Href(string? link)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        var text = link.Trim();
        // "/api/..." is on this server; "//host" and "/\host" would leave it while looking local.
        if (text[0] == '/') return text.Length > 1 && (text[1] == '/' || text[1] == '\\') ? null : text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
    }
}
