namespace PmoFlow.Server.Access;

/// <summary>The authentication schemes PmoFlow registers.</summary>
public static class PmoAuthenticationSchemes
{
    /// <summary>An API key in <c>Authorization: ApiKey &lt;key&gt;</c> (what Elsa Studio sends) or <c>X-Api-Key: &lt;key&gt;</c> (scripts).</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>A browser session opened at <c>/login</c>.</summary>
    public const string Session = "PmoFlow.Session";

    /// <summary>
    /// The scheme every policy uses: a request that carries a key, or asks for an API path, is judged by its key (and
    /// gets a 401 without one); any other request, a page, by its session cookie (and is sent to <c>/login</c> without one).
    /// So the API never accepts a cookie, and a cross-site form can never act on it with a browser's session.
    /// </summary>
    public const string Default = "PmoFlow";
}
