using Microsoft.AspNetCore.Authentication;
using PmoFlow.Server.Access.ApiKeys;

namespace PmoFlow.Server.Access.Sessions;

/// <summary>
/// The key a page hands to Elsa Studio's <c>api-key</c> attribute: the Studio runs in the browser and calls the Elsa
/// API itself, with <c>Authorization: ApiKey</c>, so it needs a real key there.
/// </summary>
/// <remarks>
/// The choice: at login PmoFlow creates a key of the session's own (same role, expiring with the session, revoked at
/// logout or with the key that logged in) and keeps it in the session cookie's ticket, which ASP.NET encrypts and
/// signs with data protection. Pages render that key, never the one the user pasted: a key that leaks from a page
/// (a browser extension, a shared screen, a script injected into the Studio) dies with the session, and the long-lived
/// key never leaves the login form. The cost is one more key row per login (ended ones are removed at the next
/// login) and a key in the page's DOM for the session's length. Rendering the pasted key instead would expose a
/// key that lives until someone revokes it; letting the Elsa API accept the cookie instead would make it open to
/// cross-site requests and would not match what the Studio sends.
/// </remarks>
internal static class SessionKeys
{
    /// <summary>The ticket property holding the session's key.</summary>
    public const string Property = "pmoflow.session-key";

    /// <summary>The session's key when the request came with a browser session; else the key the request carried itself (a script reading a page).</summary>
    public static async Task<string?> ForPageAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (PresentedKey.IsPresent(http.Request)) return PresentedKey.Read(http.Request).Key;
        var session = await http.AuthenticateAsync(PmoAuthenticationSchemes.Session);
        return session.Succeeded && session.Properties.Items.TryGetValue(Property, out var key) ? key : null;
    }

    /// <summary>Whether the request was authenticated by a browser session (so there is a session to log out of).</summary>
    public static bool IsBrowserSession(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.User.Identity is { IsAuthenticated: true, AuthenticationType: PmoAuthenticationSchemes.Session };
    }
}
