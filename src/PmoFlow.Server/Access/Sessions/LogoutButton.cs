using Microsoft.AspNetCore.Antiforgery;

namespace PmoFlow.Server.Access.Sessions;

/// <summary>The logout button pages put in their bar: only for a browser session (a script reading a page with a key has nothing to log out of).</summary>
internal static class LogoutButton
{
    /// <summary>The form's HTML, with its antiforgery token, or an empty string.</summary>
    public static string For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!SessionKeys.IsBrowserSession(http)) return "";
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return LoginPage.LogoutForm(http.Request.PathBase, tokens);
    }
}
